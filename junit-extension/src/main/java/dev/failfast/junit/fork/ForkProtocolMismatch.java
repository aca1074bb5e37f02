package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import org.apiguardian.api.API;

/**
 * The peer speaks another version of the fork protocol than {@link ForkRecord#VERSION}: a plugin
 * and an extension of different failfast versions. Nothing after its first record can be trusted,
 * so the run ends with this message instead of misreading the stream.
 */
@API(status = INTERNAL, since = "0.1")
public final class ForkProtocolMismatch extends IOException {

  private static final long serialVersionUID = 1L;

  /** @param theirs nullable; the peer's version, {@code null} when its first record was no hello */
  ForkProtocolMismatch(ForkRecord.Sender peer, String theirs) {
    super(peer.description() + " speaks "
        + (theirs == null ? "an unknown fork protocol (its first record is not a hello)" : "fork protocol " + theirs)
        + ", " + (peer == ForkRecord.Sender.TEST_JVM ? ForkRecord.Sender.BUILD_JVM : ForkRecord.Sender.TEST_JVM)
            .description()
        + " " + ForkRecord.VERSION + ": use the same failfast version for plugin and extension");
  }
}
