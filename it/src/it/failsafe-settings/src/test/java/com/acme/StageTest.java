package com.acme;

import org.junit.jupiter.api.Test;

/** A unit test by Surefire's includes; no integration test by Failsafe's. */
class StageTest {

  @Test
  void isAUnitTest() {}
}
