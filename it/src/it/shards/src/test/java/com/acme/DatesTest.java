package com.acme;

import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void case1() {}
}
