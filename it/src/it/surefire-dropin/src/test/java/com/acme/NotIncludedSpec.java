package com.acme;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class NotIncludedSpec {

  @Test
  void neverRuns() {
    fail("no include matches this class");
  }
}
