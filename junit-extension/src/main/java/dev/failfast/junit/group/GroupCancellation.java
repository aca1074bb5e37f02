package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The decision that cancelled a group.
 *
 * @param scope the cancelled scope: a group's name, or {@code null} when {@code scope=run}
 *     cancelled the whole run
 * @param reason why
 * @param originId unique id of the test or class that caused it
 * @param origin readable name of that test, e.g. {@code com.acme.PaymentsIT.charge()}
 * @param detail for a fatal failure its summary ({@code IllegalStateException: gateway down}), for
 *     a cancel on purpose the reason given
 * @param failure the fatal throwable, {@code null} for a cancel on purpose
 * @param decidedAtNanos the scope's clock ({@link System#nanoTime()} in a run) when the failure reached failfast
 * @param interruptedMembers how many running members were notified (and interrupted)
 */
@API(status = INTERNAL, since = "0.1")
public record GroupCancellation(
    String scope,
    CancelReason reason,
    String originId,
    String origin,
    String detail,
    Throwable failure,
    long decidedAtNanos,
    int interruptedMembers) {

  public GroupCancellation {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(detail, "detail");
  }

  /** {@code group 'payments'} or {@code run}: how stopped tests name what was cancelled. */
  public String scopeLabel() {
    return StopMessage.scopeLabel(scope);
  }

  /**
   * What stopped tests say about the cause, e.g. {@code group 'payments' cancelled by fatal
   * failure in com.acme.PaymentsIT.charge(): IllegalStateException: gateway down}; the cause's
   * name and detail cut at {@link StopMessage#LIMIT} characters.
   */
  public String describe() {
    return StopMessage.describe(scope, reason, origin, detail);
  }
}
