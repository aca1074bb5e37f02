package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/** The JVM-wide set of {@link GroupListener}s; the forked test JVM of the plugin registers one. */
@API(status = INTERNAL, since = "0.1")
public final class GroupListeners {

  private static final List<GroupListener> LISTENERS = new CopyOnWriteArrayList<>();

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

  public static void unregister(GroupListener listener) {
    LISTENERS.remove(listener);
  }

  private static void publish(Consumer<GroupListener> event) {
    for (GroupListener listener : LISTENERS) {
      event.accept(listener);
    }
  }
}
