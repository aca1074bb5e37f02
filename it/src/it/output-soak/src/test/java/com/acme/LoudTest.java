package com.acme;

import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;

/** Each repetition prints 5 MB in lines of 100 bytes, then one marker line. */
class LoudTest {

  static final int LINES = 50_000;

  @RepeatedTest(20)
  void printsFiveMegabytes(RepetitionInfo repetition) {
    String line = "x".repeat(99);
    for (int i = 0; i < LINES; i++) {
      System.out.println(line);
    }
    System.out.println("end of repetition " + repetition.getCurrentRepetition());
  }
}
