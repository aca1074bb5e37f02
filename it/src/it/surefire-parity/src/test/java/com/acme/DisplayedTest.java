package com.acme;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A class with a display name, which Surefire writes as its tests' classname. */
@DisplayName("A class with a display name")
class DisplayedTest {

  @Test
  void works() {}
}
