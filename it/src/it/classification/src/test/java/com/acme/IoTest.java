package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.failfast.junit.FailFastGroup;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The annotation's types: only I/O failures cancel, a missing file never does (docs/rules.md G3). */
@FailFastGroup(value = "io", fatal = IOException.class, nonFatal = FileNotFoundException.class, parallel = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IoTest {

  @Test
  @Order(1)
  void notAnIoFailure() {
    throw new IllegalStateException("not an I/O problem");
  }

  @Test
  @Order(2)
  void nonFatalWins() throws IOException {
    throw new FileNotFoundException("missing.txt"); // an IOException, but nonFatal wins
  }

  @Test
  @Order(3)
  void nonFatalInCause() throws IOException {
    throw new IOException("read failed", new FileNotFoundException("gone.txt"));
  }

  @Test
  @Order(4)
  void assertionFails() {
    assertEquals("open", "closed", "the state");
  }

  @Test
  @Order(5)
  void fatalInCause() {
    throw new UncheckedIOException(new IOException("disk full"));
  }

  @Test
  @Order(6)
  void after() {
    Markers.write("io-after-ran");
  }
}
