package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.File;
import java.io.IOException;
import org.apiguardian.api.API;

/**
 * A file whose deletion tells the build JVM that the test JVM's shutdown hooks have all returned.
 * The build JVM creates it and names it in the settings; the test JVM registers it with
 * {@link File#deleteOnExit()} before any test runs. The JVM deletes such files only after every
 * shutdown hook has returned (a coverage agent's included), and in the reverse order of
 * registration, so this one last. What is left then is the JVM's own exit, which HotSpot holds up
 * to 300 ms while a thread (a test's server, say) is blocked in native code: the build JVM need
 * not wait for it to conclude a finished run.
 */
@API(status = INTERNAL, since = "0.1")
public final class ShutdownMarker {

  /** The settings parameter that names the file. */
  public static final String PARAMETER = "failfast.fork.shutdownMarker";

  private final File file;

  private ShutdownMarker(File file) {
    this.file = file;
  }

  /** Has the JVM delete the file the settings name, if any, once its shutdown hooks have run. */
  static ShutdownMarker register(ForkSettings settings) {
    String path = settings.parameters().get(PARAMETER);
    if (path == null) {
      return new ShutdownMarker(null);
    }
    File file = new File(path);
    file.deleteOnExit();
    return new ShutdownMarker(file);
  }

  /**
   * Just before the run is reported finished: puts the file back if a test deleted it, so that
   * only the JVM's exit removes it.
   */
  void keep() {
    if (file == null) {
      return;
    }
    try {
      file.createNewFile();
    } catch (IOException | SecurityException e) {
      // then the build JVM waits for this JVM's exit, as it would without the file
    }
  }

  /** When the build JVM is gone: nobody waits for the file, and halting deletes nothing. */
  void discard() {
    if (file != null) {
      file.delete();
    }
  }
}
