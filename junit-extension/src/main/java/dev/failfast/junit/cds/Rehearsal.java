package dev.failfast.junit.cds;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The tests the training JVM runs ({@link ClassPreload}), so that the archive holds what a test
 * JVM needs for the kinds of results a run has: a group whose fatal failure stops the rest, a
 * failed assertion, an aborted and a disabled test, output, and an ungrouped class.
 */
final class Rehearsal {

  private Rehearsal() {}

  /** The classes the training run selects, grouped first. */
  static final String[] CLASSES = {Grouped.class.getName(), Stopped.class.getName(), Ungrouped.class.getName()};

  @FailFastGroup("failfast-rehearsal")
  static class Grouped {

    @Test
    void passes() {
      Assertions.assertEquals(2, 1 + 1);
    }

    @Test
    void prints() {
      System.out.println("rehearsal output");
      System.err.println("rehearsal error output");
    }

    @Test
    void failsAnAssertion() {
      Assertions.assertEquals("expected", "actual");
    }

    @Test
    void isAborted() {
      Assumptions.assumeTrue(false, "rehearsal assumption");
    }

    @Test
    @Disabled("rehearsal")
    void isDisabled() {}

    @Test
    void failsFatally() {
      throw new IllegalStateException("rehearsal fatal failure");
    }
  }

  @FailFastGroup("failfast-rehearsal")
  static class Stopped {

    @Test
    void neverStarts() {}
  }

  static class Ungrouped {

    @Test
    void passes() {
      Assertions.assertTrue(true);
    }
  }
}
