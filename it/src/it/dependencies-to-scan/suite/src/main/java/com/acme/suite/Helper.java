package com.acme.suite;

/** Not a test: Surefire's includes leave it out. */
public final class Helper {
  private Helper() {}
}
