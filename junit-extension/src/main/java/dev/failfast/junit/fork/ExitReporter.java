package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * A shutdown hook that tells the build JVM why the test JVM is going away before the run
 * finished. {@code System.exit} runs hooks while its caller waits inside {@code Shutdown.exit},
 * so the caller's frame is on that thread's stack; {@code Runtime.halt} and crashes run no hook,
 * and the build JVM then has only the exit code.
 */
@API(status = INTERNAL, since = "0.1")
final class ExitReporter extends Thread {

  private final ForkEvents events;
  private volatile boolean runFinished;

  ExitReporter(ForkEvents events) {
    super("failfast-exit-reporter");
    this.events = events;
  }

  void runFinished() {
    runFinished = true;
  }

  @Override
  public void run() {
    if (!runFinished) {
      events.exiting(describe(Thread.getAllStackTraces()));
    }
  }

  static String describe(Map<Thread, StackTraceElement[]> stacks) {
    for (Map.Entry<Thread, StackTraceElement[]> entry : stacks.entrySet()) {
      StackTraceElement[] stack = entry.getValue();
      for (int i = 0; i < stack.length; i++) {
        if (stack[i].getClassName().equals("java.lang.Shutdown") && stack[i].getMethodName().equals("exit")) {
          int caller = i + 1;
          while (caller < stack.length && isExitApi(stack[caller].getClassName())) {
            caller++;
          }
          String thread = entry.getKey().getName();
          if (caller == stack.length || stack[caller].getClassName().startsWith("jdk.internal.misc.Signal")) {
            return "the test JVM was terminated by a signal (" + thread + ")";
          }
          return "System.exit was called at " + StackFrames.format(stack[caller]) + " on thread '" + thread + "'";
        }
      }
    }
    return "the test JVM shut down before the run finished";
  }

  private static boolean isExitApi(String className) {
    return className.equals("java.lang.Runtime") || className.equals("java.lang.System");
  }
}
