package com.acme;

import dev.failfast.junit.FailFastGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A failure in another extension's callback is a failure of the group too (docs/rules.md G3). */
@FailFastGroup(value = "callback", parallel = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallbackTest {

  @RegisterExtension
  static final BeforeEachCallback fixture = context -> {
    if (context.getRequiredTestMethod().getName().equals("first")) {
      throw new UncheckedIOException(new IOException("container did not start"));
    }
  };

  @Test
  @Order(1)
  void first() {}

  @Test
  @Order(2)
  void second() {
    Markers.write("callback-second-ran");
  }
}
