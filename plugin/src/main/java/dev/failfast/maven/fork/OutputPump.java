package dev.failfast.maven.fork;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Forwards one of the test JVM's output streams, line by line, on a thread of its own, and can
 * tell when it has forwarded all that was written to it so far. A run concluded once the test
 * JVM's shutdown hooks returned, before the JVM exits (docs/fork-protocol.md Connection 5), waits
 * for that: what the hooks printed reaches the console before the run's results, and is not lost
 * when the build ends first.
 *
 * <p>It reads only what the pipe holds and otherwise polls, never blocking in a read while the
 * test JVM lives: a blocked read of a process's stream holds that stream's lock, so nobody could
 * ask how much is left. Each time it finds the pipe empty, everything before has been forwarded.
 */
final class OutputPump {

  private static final long MIN_POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(500);
  private static final long MAX_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
  private static final long AWAIT_POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(100);

  private final Thread thread;
  /** How often the pump found the pipe empty: a count that moves on only once all before is forwarded. */
  private final AtomicLong emptied = new AtomicLong();

  /**
   * @param writing whether the test JVM still runs: once it does not, the stream is read to its
   *     end (which only a process the tests started can hold open)
   */
  OutputPump(InputStream output, String name, BooleanSupplier writing, Consumer<String> lines) {
    InputStream polled = new FilterInputStream(output) {
      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        for (long poll = MIN_POLL_NANOS; ; poll = Math.min(2 * poll, MAX_POLL_NANOS)) {
          int available = in.available();
          if (available > 0) {
            return in.read(buffer, offset, Math.min(length, available));
          }
          emptied.incrementAndGet();
          if (!writing.getAsBoolean()) {
            return in.read(buffer, offset, length);
          }
          LockSupport.parkNanos(this, poll);
        }
      }
    };
    this.thread = new Thread(() -> {
      try (polled) {
        OutputLines.forward(polled, Charset.defaultCharset(), lines);
      } catch (IOException e) {
        // the process is gone; what it wrote has been forwarded
      }
    }, "failfast-fork-" + name);
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Waits until all that was written to the stream before this call has been forwarded, or the
   * stream ended, or {@link System#nanoTime()} reached {@code deadline} (a process the tests
   * started may write on and on, or hold the stream open).
   */
  void awaitForwarded(long deadline) {
    // The second empty pipe after this call began was looked at after it began: the first may
    // have been looked at before, and counted only after.
    long enough = emptied.get() + 2;
    while (thread.isAlive() && emptied.get() < enough && System.nanoTime() - deadline < 0) {
      LockSupport.unpark(thread); // looks again now, not at its next poll
      LockSupport.parkNanos(this, AWAIT_POLL_NANOS);
    }
  }

  /** Waits for the stream's end, at most {@code millis}. */
  void join(long millis) throws InterruptedException {
    LockSupport.unpark(thread);
    thread.join(millis);
  }
}
