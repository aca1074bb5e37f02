package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A fatal throwable whose getMessage() and toString() throw: it must stay the test's own error, of
 * its own type, and cancel the group as the IllegalStateException it is.
 */
@FailFastGroup(value = "broken", fatal = IllegalStateException.class, parallel = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrokenMessageTest {

  static final class BrokenMessageException extends IllegalStateException {
    @Override
    public String getMessage() {
      throw new UnsupportedOperationException("getMessage is broken");
    }

    @Override
    public String toString() {
      throw new UnsupportedOperationException("toString is broken");
    }
  }

  @Test
  @Order(1)
  void throwsABrokenMessage() {
    throw new BrokenMessageException();
  }

  @Test
  @Order(2)
  void neverStarts() {}
}
