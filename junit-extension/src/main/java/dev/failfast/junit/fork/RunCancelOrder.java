package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.group.CancelReason;
import dev.failfast.junit.group.GroupRegistry.RunCancel;
import java.io.IOException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The build JVM's order to cancel a test JVM's whole run ({@code cancelRun}): another test JVM's
 * {@code scope=run} cancellation, passed on so that a run spread over several test JVMs stops as
 * one, or the failure budget ({@code skipAfterFailureCount}) reached. The test JVM's {@link
 * BuildJvmWatch} reads it at any time after the settings.
 */
@API(status = INTERNAL, since = "0.1")
public final class RunCancelOrder {

  private RunCancelOrder() {}

  /** Writes the order; {@code origin} and {@code detail} are cut as stop messages cut them. */
  public static void send(RecordWriter toTestJvm, RunCancel cancel) throws IOException {
    toTestJvm.write(ForkRecord.CANCEL_RUN.record(cancel.reason().name(), cancel.originId(), cancel.origin(),
        cancel.detail()));
  }

  /**
   * The order a record carries, or {@code null} when it is none. A reason this version does not
   * know cannot come from a build JVM that passed the hello; such a record is ignored, as every
   * other record {@link BuildJvmWatch} does not expect is.
   */
  static RunCancel read(List<String> record) {
    if (!ForkRecord.CANCEL_RUN.matches(record)) {
      return null;
    }
    for (CancelReason reason : CancelReason.values()) {
      if (reason.name().equals(record.get(1))) {
        return new RunCancel(reason, record.get(2), record.get(3), record.get(4));
      }
    }
    return null;
  }
}
