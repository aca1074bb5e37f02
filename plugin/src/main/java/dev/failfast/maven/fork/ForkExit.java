package dev.failfast.maven.fork;

import java.util.List;

/**
 * How the test JVM process ended.
 *
 * @param exitCode its exit code; above 128 on Unix, 128 plus the signal that killed it; or {@link #NOT_AWAITED}
 * @param destroyedBecause nullable; how the build JVM ended it, as a predicate of "the test JVM",
 *     e.g. {@code was ended after the run timeout of 300 s expired}
 * @param lastErrorLines its last lines of standard error, oldest first
 * @param streamProblem nullable; why the event stream broke off, when it did not simply end
 */
public record ForkExit(int exitCode, String destroyedBecause, List<String> lastErrorLines, String streamProblem) {

  /**
   * The exit code of a test JVM whose exit the build did not wait for: its run finished and its
   * shutdown hooks had all returned, so nothing it could still do changes the run's results.
   */
  public static final int NOT_AWAITED = -1;

  private static final String[] SIGNALS = {
    null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1",
    "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
  };

  public ForkExit {
    lastErrorLines = List.copyOf(lastErrorLines);
  }

  /**
   * Says how a test JVM that did not finish its run ended, as a predicate of "the test JVM":
   * {@code exited with code 3: System.exit was called at ...}.
   *
   * @param exiting nullable; what the test JVM said while shutting down (who called System.exit)
   */
  public String describe(String exiting) {
    String how = summarize(exiting);
    return destroyedBecause != null || lastErrorLines.isEmpty() ? how : how + "; its last error output:"
        + System.lineSeparator() + String.join(System.lineSeparator(), lastErrorLines);
  }

  /**
   * {@link #describe} without the error output: one line, for the message of each test the
   * test JVM's end cut short.
   */
  public String summarize(String exiting) {
    if (destroyedBecause != null) {
      return exiting == null ? destroyedBecause : destroyedBecause + "; it was exiting: " + exiting;
    }
    StringBuilder how = new StringBuilder();
    int signal = exitCode - 128;
    if (signal > 0 && signal < SIGNALS.length) {
      how.append("was killed by signal ").append(SIGNALS[signal]).append(" (exit code ").append(exitCode).append(')');
    } else {
      how.append("exited with code ").append(exitCode);
    }
    if (exiting != null) {
      how.append(": ").append(exiting);
    } else if (signal <= 0) {
      how.append(" without shutting down normally (Runtime.halt or a crash)");
    }
    if (lastErrorLines.stream().anyMatch(line -> line.contains("java.lang.OutOfMemoryError"))) {
      how.append("; it ran out of memory (java.lang.OutOfMemoryError)");
    }
    if (streamProblem != null) {
      how.append("; ").append(streamProblem);
    }
    return how.toString();
  }
}
