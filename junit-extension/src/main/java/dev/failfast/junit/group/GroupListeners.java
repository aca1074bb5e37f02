package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/** The JVM-wide set of {@link GroupListener}s; the forked test JVM of the plugin registers one. */
@API(status = INTERNAL, since = "0.1")
public final class GroupListeners {

  private static final List<GroupListener> LISTENERS = new CopyOnWriteArrayList<>();
  /**
   * Held shared while a cancellation from outside the tests' threads tells its events, and
   * exclusively to unregister: a run that ends meanwhile would otherwise take its listener away
   * between a cancellation's {@code groupCancelled} and its {@code groupSettled}.
   */
  private static final ReadWriteLock ANNOUNCING = new ReentrantReadWriteLock();

  /** Passes each event on to every registered listener: what a scope reports to by default. */
  static final GroupListener JVM_WIDE =
      new GroupListener() {
        @Override
        public void groupCancelled(GroupCancellation cancellation) {
          publish(l -> l.groupCancelled(cancellation));
        }

        @Override
        public void alsoFailed(GroupCancellation cancellation, String testId, String test, Throwable failure) {
          publish(l -> l.alsoFailed(cancellation, testId, test, failure));
        }

        @Override
        public void memberOverdue(
            GroupCancellation cancellation, String testId, String test, Duration grace, StackTraceElement[] stack) {
          publish(l -> l.memberOverdue(cancellation, testId, test, grace, stack));
        }

        @Override
        public void groupSettled(GroupCancellation cancellation, long cancelLatencyNanos) {
          publish(l -> l.groupSettled(cancellation, cancelLatencyNanos));
        }
      };

  private GroupListeners() {}

  public static void register(GroupListener listener) {
    LISTENERS.add(listener);
  }

  /** Removes the listener, once every cancellation under way ({@link #announcing}) has told it all. */
  public static void unregister(GroupListener listener) {
    ANNOUNCING.writeLock().lock();
    try {
      LISTENERS.remove(listener);
    } finally {
      ANNOUNCING.writeLock().unlock();
    }
  }

  /**
   * Runs a cancellation decided on a thread of no test (the build JVM's order), whose events no
   * test's end waits for: a listener is not unregistered before it has told them all.
   */
  static void announcing(Runnable cancellation) {
    ANNOUNCING.readLock().lock();
    try {
      cancellation.run();
    } finally {
      ANNOUNCING.readLock().unlock();
    }
  }

  private static void publish(Consumer<GroupListener> event) {
    for (GroupListener listener : LISTENERS) {
      event.accept(listener);
    }
  }
}
