package com.acme;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void case1() {}

  @Test
  void case2() {}

  @Test
  void case3() {}
}
