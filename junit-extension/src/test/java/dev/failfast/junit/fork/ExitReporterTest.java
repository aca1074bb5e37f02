package dev.failfast.junit.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExitReporterTest {

  private static StackTraceElement frame(String className, String method) {
    return new StackTraceElement(className, method, null, -1);
  }

  @Test
  void namesTheCallerOfSystemExit() {
    StackTraceElement[] stack = {
      frame("java.lang.Thread", "join"),
      frame("java.lang.ApplicationShutdownHooks", "runHooks"),
      frame("java.lang.Shutdown", "exit"),
      frame("java.lang.Runtime", "exit"),
      frame("java.lang.System", "exit"),
      new StackTraceElement("com.acme.ExitTest", "quits", "ExitTest.java", 12),
    };
    assertThat(ExitReporter.describe(Map.of(new Thread("worker-1"), stack)))
        .isEqualTo("System.exit was called at com.acme.ExitTest.quits(ExitTest.java:12) on thread 'worker-1'");
  }

  @Test
  void aSignalIsNamedAsOne() {
    StackTraceElement[] stack = {frame("java.lang.Shutdown", "exit"), frame("jdk.internal.misc.Signal$1", "run")};
    assertThat(ExitReporter.describe(Map.of(new Thread("SIGTERM handler"), stack)))
        .isEqualTo("the test JVM was terminated by a signal (SIGTERM handler)");
  }

  @Test
  void otherwiseSaysWhatIsKnown() {
    assertThat(ExitReporter.describe(Map.of(new Thread("main"), new StackTraceElement[0])))
        .isEqualTo("the test JVM shut down before the run finished");
  }
}
