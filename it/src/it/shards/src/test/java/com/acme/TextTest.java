package com.acme;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void case1() {
    assertNull(System.getProperty("shards.fail"), "fails on purpose when -Dshards.fail is set");
  }

  @Test
  void case2() {}

  @Test
  void case3() {}
}
