package com.acme;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class ExcludedTest {

  @Test
  void neverRuns() {
    fail("the excludes leave this class out");
  }
}
