package dev.failfast.junit.fork;

import dev.failfast.junit.group.GroupRegistry;
import dev.failfast.junit.group.GroupRegistry.RunCancel;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;

/**
 * Watches the build JVM's end of the socket for the whole life of the test JVM, shutdown hooks
 * included: the build JVM keeps it open until this JVM has exited, so when it closes the build
 * is gone (killed or interrupted) and this JVM halts at once, whatever its hooks are doing. It
 * also answers the build JVM's question of what holds this JVM ({@link ExitHolders}) and carries
 * out its order to cancel the run ({@link RunCancelOrder}).
 */
final class BuildJvmWatch {

  /**
   * Reads wake up this often. A thread blocked in a socket read holds up HotSpot's exit for up to
   * 300 ms; a read that times out and starts again never does for longer than this.
   */
  static final int POLL_MILLIS = 50;

  private BuildJvmWatch() {}

  /** The socket's input, read with {@link #POLL_MILLIS} timeouts that its reader never sees. */
  static InputStream input(Socket socket) throws IOException {
    socket.setSoTimeout(POLL_MILLIS);
    return new FilterInputStream(socket.getInputStream()) {
      @Override
      public int read() throws IOException {
        while (true) {
          try {
            return super.read();
          } catch (SocketTimeoutException e) {
            // nothing yet: read again
          }
        }
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        while (true) {
          try {
            return super.read(bytes, offset, length);
          } catch (SocketTimeoutException e) {
            // nothing yet: read again
          }
        }
      }
    };
  }

  /**
   * Starts the watcher on what the build JVM sends after the settings.
   *
   * @param orphaned run when the build JVM's end closes; halts this JVM
   */
  static void start(RecordReader fromBuild, EventEncoder events, Runnable orphaned) {
    Thread watcher = new Thread(() -> {
      try {
        for (List<String> record = fromBuild.read(); record != null; record = fromBuild.read()) {
          if (ExitHolders.isQuestion(record)) {
            events.exitHeld(ExitHolders.describe());
          }
          RunCancel cancel = RunCancelOrder.read(record);
          if (cancel != null) {
            GroupRegistry.cancelJvmRuns(cancel);
          }
        }
      } catch (IOException e) {
        // the same as an end of stream
      }
      orphaned.run();
    }, "failfast-build-jvm-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }
}
