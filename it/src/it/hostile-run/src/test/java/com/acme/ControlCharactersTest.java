package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A class display name (Surefire's classname of its tests) and a message that carry an ANSI colour,
 * a carriage return and the terminal bell, in a group whose name is over 10,000 characters: the
 * console escapes them all and keeps its group table narrow.
 */
@FailFastGroup(value = ControlCharactersTest.GROUP, parallel = false)
@DisplayName("Control\u001B[31m\rcharacters\u0007") // Surefire's classname of its tests
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ControlCharactersTest {

  private static final String G10 = "gggggggggg";
  private static final String G100 = G10 + G10 + G10 + G10 + G10 + G10 + G10 + G10 + G10 + G10;
  private static final String G1000 = G100 + G100 + G100 + G100 + G100 + G100 + G100 + G100 + G100 + G100;

  /** 10,012 characters, an escape sequence among the first. */
  static final String GROUP = "red\u001B[31mlong"
      + G1000 + G1000 + G1000 + G1000 + G1000 + G1000 + G1000 + G1000 + G1000 + G1000;

  @Test
  @Order(1)
  void colours() {
    throw new IllegalStateException("red\u001B[31m\roverwritten\u0007bell");
  }

  @Test
  @Order(2)
  void neverStarts() {}
}
