package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.GroupSignal;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@link GroupSignal} handed to one test, constructor or lifecycle method: it knows its group
 * and who holds it, so a cancel on purpose names its caller and spares it.
 */
@API(status = INTERNAL, since = "0.1")
public final class MemberSignal implements GroupSignal {

  private final Group group;
  private final Member caller;
  private final String callerId;
  private final String callerName;

  /**
   * @param caller the running member that holds the signal, or {@code null} when it was resolved
   *     before its test started (a constructor or {@code @BeforeAll} parameter): then the caller is
   *     whichever member runs on the calling thread
   */
  public MemberSignal(Group group, Member caller, String callerId, String callerName) {
    this.group = Objects.requireNonNull(group, "group");
    this.caller = caller;
    this.callerId = callerId;
    this.callerName = callerName;
  }

  @Override
  public String group() {
    return group.name() == null ? "" : group.name();
  }

  @Override
  public boolean isCancelled() {
    return group.scope().isCancelled();
  }

  @Override
  public void throwIfCancelled() {
    CancelScope scope = group.scope();
    if (scope.isCancelled()) {
      Optional<Member> running = caller();
      throw running.isPresent() ? scope.stopped(running.get(), null) : scope.notStarted();
    }
  }

  @Override
  public boolean await(Duration timeout) throws InterruptedException {
    Objects.requireNonNull(timeout, "timeout");
    return group.scope().await(timeout);
  }

  @Override
  public void cancel(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("GroupSignal.cancel needs a reason; it is shown in every stopped test's report");
    }
    Optional<Member> running = caller();
    group.scope().cancel(
        CancelReason.ON_PURPOSE,
        reason,
        running.orElse(null),
        running.map(Member::id).orElse(callerId),
        running.map(Member::name).orElse(callerName));
  }

  private Optional<Member> caller() {
    return caller != null ? Optional.of(caller) : group.scope().memberOnCurrentThread();
  }

  @Override
  public String toString() {
    return "GroupSignal[" + group() + (isCancelled() ? ", cancelled]" : "]");
  }
}
