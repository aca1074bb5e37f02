package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Selected only by the custom include; its disabled test runs because the configuration
 * parameters deactivate {@code @Disabled}.
 */
class LedgerCheck {

  @Test
  void balances() {
    assertEquals(120, Price.withTax(100));
  }

  @Test
  @Disabled("runs only when junit.jupiter.conditions.deactivate reaches JUnit")
  void runsDespiteDisabled() {}
}
