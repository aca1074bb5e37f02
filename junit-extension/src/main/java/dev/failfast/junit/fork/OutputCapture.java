package dev.failfast.junit.fork;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * failfast's own output capture in the test JVM, in place of JUnit's, which buffers each test's
 * output whole and serves one launcher execution only. {@code System.out} and {@code System.err}
 * are replaced by streams that give each write to the test running on the writing thread; else,
 * when the ungrouped execution runs exactly one test, to that test (a thread it started); else to
 * no test, for the build JVM's console. The listener tells which test runs where: Jupiter
 * reports a test's start and end on the thread that runs it.
 */
final class OutputCapture {

  private static final List<String> JUNIT_CAPTURE =
      List.of("junit.platform.output.capture.stdout", "junit.platform.output.capture.stderr");

  private final Map<Thread, String> testOnThread = new ConcurrentHashMap<>();
  private final Set<String> ungroupedRunning = ConcurrentHashMap.newKeySet();
  private final AttributedOutput out;
  private final AttributedOutput err;
  private PrintStream originalOut;
  private PrintStream originalErr;

  OutputCapture(ForkEvents events) {
    out = new AttributedOutput(events, StreamingListener.STDOUT, this::ownerOf);
    err = new AttributedOutput(events, StreamingListener.STDERR, this::ownerOf);
  }

  /** Whether the project configured JUnit's own capture, which then stays in charge. */
  static boolean projectCaptures(Function<String, Optional<String>> configured) {
    return JUNIT_CAPTURE.stream().anyMatch(key -> configured.apply(key).isPresent());
  }

  /** Replaces the standard streams until {@link #restore()}. */
  void install() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** Streams what is still kept and puts the standard streams back. */
  void restore() {
    out.flushAll();
    err.flushAll();
    if (originalOut != null) {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }

  /** A test starts on the calling thread. */
  void started(String testId, boolean ungrouped) {
    testOnThread.put(Thread.currentThread(), testId);
    if (ungrouped) {
      ungroupedRunning.add(testId);
    }
  }

  /** A test ends on the calling thread: its output is streamed before its result. */
  void finished(String testId) {
    testOnThread.remove(Thread.currentThread(), testId);
    out.flush(testId);
    err.flush(testId);
    ungroupedRunning.remove(testId);
  }

  private String ownerOf(Thread thread) {
    String test = testOnThread.get(thread);
    if (test != null) {
      return test;
    }
    Iterator<String> running = ungroupedRunning.iterator();
    String only = running.hasNext() ? running.next() : null;
    return running.hasNext() ? null : only;
  }
}
