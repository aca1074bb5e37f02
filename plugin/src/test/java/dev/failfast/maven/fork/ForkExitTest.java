package dev.failfast.maven.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForkExitTest {

  @Test
  void namesTheSignalThatKilledIt() {
    assertThat(new ForkExit(137, null, List.of(), null).describe(null))
        .isEqualTo("was killed by signal SIGKILL (exit code 137)");
  }

  @Test
  void namesTheCallerOfSystemExit() {
    assertThat(new ForkExit(3, null, List.of(), null).describe("System.exit was called at a.B.c(B.java:1)"))
        .isEqualTo("exited with code 3: System.exit was called at a.B.c(B.java:1)");
  }

  @Test
  void aHaltOrCrashSaysSo() {
    assertThat(new ForkExit(1, null, List.of(), null).describe(null))
        .isEqualTo("exited with code 1 without shutting down normally (Runtime.halt or a crash)");
  }

  @Test
  void reportsOutOfMemoryAndTheLastErrorOutput() {
    String how = new ForkExit(3, null, List.of("Terminating due to java.lang.OutOfMemoryError: Java heap space"), null)
        .describe(null);
    assertThat(how).contains("ran out of memory").endsWith("Terminating due to java.lang.OutOfMemoryError: Java heap space");
  }

  /** Each cut-short test's message says how the JVM ended, without a dangling "its last error output:". */
  @Test
  void theSummaryIsOneLineWithoutTheErrorOutput() {
    ForkExit killed = new ForkExit(137, null, List.of("OpenJDK 64-Bit Server VM warning: Sharing is only supported"), null);
    assertThat(killed.summarize(null)).isEqualTo("was killed by signal SIGKILL (exit code 137)");
    assertThat(killed.describe(null)).startsWith(killed.summarize(null) + "; its last error output:")
        .endsWith("Sharing is only supported");
  }

  @Test
  void aDestroyedJvmSaysWhy() {
    assertThat(new ForkExit(137, "was ended after the run timeout of 5 s expired", List.of("x"), null).describe(null))
        .isEqualTo("was ended after the run timeout of 5 s expired");
  }

  @Test
  void aJvmEndedWhileExitingSaysBothWhyAndWhatStartedTheExit() {
    String held = "did not exit within 30 s of its last event and was ended; still running: 'db-hook' (shutdown hook)";
    assertThat(new ForkExit(137, held, List.of(), null).describe("System.exit was called at a.B.c(B.java:1)"))
        .isEqualTo(held + "; it was exiting: System.exit was called at a.B.c(B.java:1)");
  }
}
