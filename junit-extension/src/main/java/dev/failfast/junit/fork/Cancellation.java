package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.group.GroupCancellation;
import dev.failfast.junit.group.StopMessage;
import org.apiguardian.api.API;

/**
 * A {@link GroupCancellation} as it crosses the wire: no throwable, its description precomputed.
 *
 * @param group nullable; the cancelled group, {@code null} when {@code scope=run} cancelled the run
 * @param reason the {@code CancelReason} name
 * @param originId unique id of what caused it
 * @param origin readable name of what caused it, e.g. {@code com.acme.PaymentsIT.charge()}, cut as
 *     {@link StopMessage#bounded} cuts it
 * @param detail the failure's summary or the reason given, cut as {@link StopMessage#bounded} cuts it
 * @param description {@link GroupCancellation#describe()}: what stopped tests say about the cause
 * @param interruptedMembers how many running members were notified
 */
@API(status = INTERNAL, since = "0.1")
public record Cancellation(
    String group, String reason, String originId, String origin, String detail, String description,
    int interruptedMembers) {

  public static Cancellation of(GroupCancellation cancellation) {
    return new Cancellation(
        cancellation.scope(), cancellation.reason().name(), cancellation.originId(),
        StopMessage.bounded(cancellation.origin()), StopMessage.bounded(cancellation.detail()), cancellation.describe(),
        cancellation.interruptedMembers());
  }
}
