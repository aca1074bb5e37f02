package dev.failfast.junit.classify;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.opentest4j.TestAbortedException;

/**
 * Decides whether a failure is fatal (docs/rules.md G3): a throwable is fatal when it, or a
 * throwable in its cause chain, is an instance of a fatal type (or no fatal type is given), and
 * none of them is an instance of a non-fatal type. Assumption failures are never failures.
 *
 * @param fatal types that cancel; empty means every failure does
 * @param nonFatal types that never cancel; they win over {@code fatal}
 */
@API(status = INTERNAL, since = "0.1")
public record FailurePolicy(List<Class<? extends Throwable>> fatal, List<Class<? extends Throwable>> nonFatal) {

  public static final FailurePolicy EVERY_FAILURE_IS_FATAL = new FailurePolicy(List.of(), List.of());
  /** The policy of a class in no group: nothing it throws cancels anything (docs/rules.md G11). */
  public static final FailurePolicy NOTHING_IS_FATAL = new FailurePolicy(List.of(), List.of(Throwable.class));

  public FailurePolicy {
    fatal = List.copyOf(fatal);
    nonFatal = List.copyOf(nonFatal);
  }

  public boolean isFatal(Throwable failure) {
    if (failure instanceof TestAbortedException) {
      return false;
    }
    boolean fatalMatched = fatal.isEmpty();
    // Identity set: a cause chain can loop back on itself.
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (matches(nonFatal, t)) {
        return false;
      }
      fatalMatched |= matches(fatal, t);
    }
    return fatalMatched;
  }

  private static boolean matches(List<Class<? extends Throwable>> types, Throwable t) {
    for (Class<? extends Throwable> type : types) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
