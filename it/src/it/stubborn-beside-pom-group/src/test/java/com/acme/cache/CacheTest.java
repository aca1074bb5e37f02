package com.acme.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.acme.StubbornTest;
import org.junit.jupiter.api.Test;

/** In group 'cache' only by the pom's pattern: it must not wait for the stubborn test to return. */
class CacheTest {

  @Test
  void warms() {
    assertNotBehindTheStubbornTest();
  }

  @Test
  void evicts() {
    assertNotBehindTheStubbornTest();
  }

  @Test
  void expires() {
    assertNotBehindTheStubbornTest();
  }

  private static void assertNotBehindTheStubbornTest() {
    assertFalse(StubbornTest.stubbornReturned(), "this test ran only after the stubborn test had returned");
  }
}
