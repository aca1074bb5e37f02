package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Names what keeps a test JVM alive after its last event: once the exit timeout has passed, the
 * build JVM {@linkplain #ask asks} ({@code whoHoldsExit}, the one record it sends after the
 * settings), and the test JVM answers with an {@code exitHeld} record naming the shutdown hook its
 * exit waits for and its live non-daemon threads, with their top frames.
 */
@API(status = INTERNAL, since = "0.1")
public final class ExitHolders {

  private static final int THREADS_NAMED = 10;

  private ExitHolders() {}

  /** Asks the test JVM what holds it; the answer arrives as {@link EventDecoder#exitHolders()}. */
  public static void ask(RecordWriter toTestJvm) throws IOException {
    toTestJvm.write(ForkRecord.WHO_HOLDS_EXIT.record());
  }

  static boolean isQuestion(List<String> record) {
    return ForkRecord.WHO_HOLDS_EXIT.matches(record);
  }

  /** What holds this JVM now, as {@link #describe(Map, Thread, Set)} says it. */
  static String describe() {
    Map<Thread, StackTraceElement[]> stacks = Thread.getAllStackTraces();
    return describe(stacks, Thread.currentThread(), awaitedHooks(stacks));
  }

  /**
   * The threads that can keep a JVM from exiting, such as {@code 'db-hook' (shutdown hook) at
   * java.lang.Thread.sleep(Native Method) < com.acme.Db.close(Db.java:12)}: the shutdown hook
   * the exit waits for, and every live non-daemon thread but {@code asking}, the thread waiting
   * in {@code Shutdown} and {@code DestroyJavaVM}.
   *
   * @param awaitedHooks the identity hash codes of the hooks the exit waits for
   */
  static String describe(Map<Thread, StackTraceElement[]> stacks, Thread asking, Set<Integer> awaitedHooks) {
    List<String> holders = new ArrayList<>();
    for (Map.Entry<Thread, StackTraceElement[]> entry : stacks.entrySet()) {
      Thread thread = entry.getKey();
      StackTraceElement[] stack = entry.getValue();
      boolean hook = awaitedHooks.contains(System.identityHashCode(thread));
      if (thread != asking && (hook || !thread.isDaemon()) && !waitsForHooks(stack)
          && !thread.getName().equals("DestroyJavaVM")) {
        holders.add("'" + thread.getName() + "'" + (hook ? " (shutdown hook)" : "") + where(stack));
      }
    }
    if (holders.isEmpty()) {
      return "no thread of the tests is left; the JVM itself did not finish exiting";
    }
    holders.sort(null);
    String named = String.join("; ", holders.subList(0, Math.min(THREADS_NAMED, holders.size())));
    return holders.size() > THREADS_NAMED ? named + "; and " + (holders.size() - THREADS_NAMED) + " more" : named;
  }

  /**
   * The hook the exit waits for: {@code System.exit} starts every hook, then joins each in turn,
   * waiting on the hook's {@code Thread} object, which the thread's lock information names.
   */
  private static Set<Integer> awaitedHooks(Map<Thread, StackTraceElement[]> stacks) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Set<Integer> hooks = new HashSet<>();
    stacks.forEach((thread, stack) -> {
      if (waitsForHooks(stack)) {
        ThreadInfo info = threads.getThreadInfo(thread.getId());
        LockInfo lock = info == null ? null : info.getLockInfo();
        if (lock != null && lock.getClassName().equals(Thread.class.getName())) {
          hooks.add(lock.getIdentityHashCode());
        }
      }
    });
    return hooks;
  }

  /** The top frame and, when deeper, the first frame outside the JDK: where the thread's own code waits. */
  private static String where(StackTraceElement[] stack) {
    if (stack.length == 0) {
      return "";
    }
    String top = " at " + StackFrames.format(stack[0]);
    for (int i = 0; i < stack.length; i++) {
      if (!isJdk(stack[i].getClassName())) {
        return i == 0 ? top : top + (i == 1 ? " < " : " < ... < ") + StackFrames.format(stack[i]);
      }
    }
    return top;
  }

  private static boolean isJdk(String className) {
    return className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
        || className.startsWith("sun.") || className.startsWith("com.sun.");
  }

  private static boolean waitsForHooks(StackTraceElement[] stack) {
    return Arrays.stream(stack).anyMatch(frame -> frame.getClassName().equals("java.lang.Shutdown"));
  }
}
