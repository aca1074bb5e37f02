package dev.failfast.junit.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExitHoldersTest {

  private static StackTraceElement frame(String className, String method, int line) {
    return new StackTraceElement(className, method, className.replaceFirst(".*\\.", "") + ".java", line);
  }

  private static Thread thread(String name, boolean daemon) {
    Thread thread = new Thread(() -> {}, name);
    thread.setDaemon(daemon);
    return thread;
  }

  @Test
  void namesTheAwaitedHookAndNonDaemonThreadsWithTheirTopFrames() {
    Thread hook = thread("db-hook", true);
    Map<Thread, StackTraceElement[]> stacks = new LinkedHashMap<>();
    stacks.put(hook, new StackTraceElement[] {
      frame("java.lang.Thread", "sleep", -2), frame("com.acme.Db", "close", 12), frame("com.acme.Db", "lambda$0", 7),
      frame("java.lang.Thread", "run", 840)});
    Thread parked = thread("parked", false);
    stacks.put(parked, new StackTraceElement[] {
      frame("jdk.internal.misc.Unsafe", "park", -2), frame("java.util.concurrent.locks.LockSupport", "park", 211),
      frame("com.acme.Queue", "take", 40)});
    stacks.put(thread("poller", false), new StackTraceElement[] {frame("com.acme.Poller", "run", 30)});
    stacks.put(thread("idle-worker", true), new StackTraceElement[] {frame("jdk.internal.misc.Unsafe", "park", -2)});
    stacks.put(thread("main", false), new StackTraceElement[] {
      frame("java.lang.Thread", "join", 1), frame("java.lang.Shutdown", "exit", 2)});
    stacks.put(thread("DestroyJavaVM", false), new StackTraceElement[0]);

    assertThat(ExitHolders.describe(stacks, null, Set.of(System.identityHashCode(hook)))).isEqualTo(
        "'db-hook' (shutdown hook) at java.lang.Thread.sleep(Native Method) < com.acme.Db.close(Db.java:12);"
            + " 'parked' at jdk.internal.misc.Unsafe.park(Native Method) < ... < com.acme.Queue.take(Queue.java:40);"
            + " 'poller' at com.acme.Poller.run(Poller.java:30)");
  }

  @Test
  void namesTenThreadsAndCountsTheRest() {
    Map<Thread, StackTraceElement[]> stacks = new LinkedHashMap<>();
    for (int i = 10; i < 22; i++) {
      stacks.put(thread("t" + i, false), new StackTraceElement[0]);
    }
    assertThat(ExitHolders.describe(stacks, null, Set.of()))
        .isEqualTo("'t10'; 't11'; 't12'; 't13'; 't14'; 't15'; 't16'; 't17'; 't18'; 't19'; and 2 more");
  }

  @Test
  void saysSoWhenNoThreadIsLeft() {
    assertThat(ExitHolders.describe(Map.of(), null, Set.of()))
        .isEqualTo("no thread of the tests is left; the JVM itself did not finish exiting");
  }
}
