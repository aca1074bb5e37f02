package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.group.FailureText;
import dev.failfast.junit.group.GroupCancellation;
import dev.failfast.junit.group.GroupListener;
import java.time.Duration;
import org.apiguardian.api.API;

/** Streams the group events JUnit's result model has no place for. */
@API(status = INTERNAL, since = "0.1")
public final class GroupEventForwarder implements GroupListener {

  private final ForkEvents events;

  public GroupEventForwarder(ForkEvents events) {
    this.events = events;
  }

  @Override
  public void groupCancelled(GroupCancellation cancellation) {
    events.groupCancelled(Cancellation.of(cancellation));
  }

  @Override
  public void alsoFailed(GroupCancellation cancellation, String testId, String test, Throwable failure) {
    events.alsoFailed(Cancellation.of(cancellation), testId, test, FailureText.summary(failure));
  }

  @Override
  public void memberOverdue(
      GroupCancellation cancellation, String testId, String test, Duration grace, StackTraceElement[] stack) {
    events.memberOverdue(Cancellation.of(cancellation), testId, test, grace, StackFrames.format(stack));
  }

  @Override
  public void groupSettled(GroupCancellation cancellation, long cancelLatencyNanos) {
    events.groupSettled(Cancellation.of(cancellation), cancelLatencyNanos);
  }
}
