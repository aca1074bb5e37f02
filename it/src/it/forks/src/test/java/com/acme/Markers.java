package com.acme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Files under target/markers/CASE that say which code ran and in which test JVM; verify.groovy reads
 * them, and a test in one test JVM waits for another's.
 */
final class Markers {

  private Markers() {}

  static String testCase() {
    return System.getProperty("case");
  }

  private static Path file(String name) {
    return Path.of(System.getProperty("basedir", "."), "target", "markers", testCase(), name);
  }

  /** Records the test JVM a class's test ran in: pid-CLASS holds one pid a line. */
  static void pid(Class<?> testClass) {
    append("pid-" + testClass.getSimpleName(), ProcessHandle.current().pid() + "\n");
  }

  static synchronized void append(String name, String line) {
    try {
      Files.createDirectories(file(name).getParent());
      Files.writeString(file(name), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the marker exists, written by a test of this or another test JVM. */
  static void await(String name) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!Files.exists(file(name))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("marker " + name + " was never written");
      }
      Thread.sleep(20);
    }
  }
}
