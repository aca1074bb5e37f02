package com.acme;

import org.junit.jupiter.api.Test;

/** An integration test by Failsafe's default includes, which this project's includes replace. */
class StageIT {

  @Test
  void isLeftOut() {}
}
