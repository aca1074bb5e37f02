package com.acme;

import org.junit.jupiter.api.Test;

class CalculatorTest {

  @Test
  void case1() {}

  @Test
  void case2() {}
}
