package com.acme;

/** Not a test: the failure is thrown here, below the test's frame. */
final class Gateway {

  static void charge() {
    throw new IllegalStateException("gateway down,\n100% sure: retry later");
  }
}
