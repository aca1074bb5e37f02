package dev.failfast.maven.fork;

import dev.failfast.junit.fork.EventDecoder;
import dev.failfast.junit.fork.ForkEvents;
import dev.failfast.junit.fork.ForkSettings;
import dev.failfast.junit.fork.RecordReader;
import dev.failfast.junit.fork.RecordWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs one test JVM: listens on a loopback port, starts the JVM with that port, sends the
 * settings and delivers the JVM's events until its stream ends. Its output is forwarded line by
 * line; the last lines of its standard error (and the JVM's out-of-memory notice) are kept to
 * explain a death.
 */
public final class ForkProcess {

  /** Builds the command for a build JVM listening on the given port. */
  @FunctionalInterface
  public interface Command {
    List<String> forPort(int port) throws IOException;
  }

  private static final int ERROR_LINES_KEPT = 20;
  private static final String OUT_OF_MEMORY = "java.lang.OutOfMemoryError";
  /** After its stream ends, a test JVM only runs shutdown hooks; it gets this long for them. */
  private static final long EXIT_WAIT_SECONDS = 30;
  private static final long PUMP_WAIT_MILLIS = 5_000;

  private final Log log;
  private final AtomicReference<String> destroyedBecause = new AtomicReference<>();
  private volatile Process process;
  private volatile Socket socket;

  public ForkProcess(Log log) {
    this.log = log;
  }

  /** Starts the test JVM and returns once it has ended. */
  public ForkExit run(Command command, Map<String, String> environment, Path workingDirectory, ForkSettings settings,
      ForkEvents events) throws IOException, InterruptedException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ProcessBuilder builder = new ProcessBuilder(command.forPort(server.getLocalPort()))
          .directory(workingDirectory.toFile());
      builder.environment().putAll(environment);
      process = builder.start();
      process.getOutputStream().close();
      Deque<String> errorLines = new ArrayDeque<>();
      Consumer<String> keep = line -> {
        synchronized (errorLines) {
          if (errorLines.size() == ERROR_LINES_KEPT) {
            errorLines.removeFirst();
          }
          errorLines.addLast(line);
        }
      };
      // HotSpot says it is terminating on an OutOfMemoryError on standard output, not error.
      Thread out = pump(process.getInputStream(), "stdout", line -> {
        if (line.contains(OUT_OF_MEMORY)) {
          keep.accept(line);
        }
      });
      Thread err = pump(process.getErrorStream(), "stderr", keep);
      String streamProblem = null;
      try (Socket connected = accept(server)) {
        if (connected != null) {
          socket = connected;
          settings.write(new RecordWriter(new BufferedOutputStream(connected.getOutputStream())));
          EventDecoder decoder =
              new EventDecoder(new RecordReader(new BufferedInputStream(connected.getInputStream())));
          while (decoder.next(events)) {
            // every event goes to the listener; the stream ends when the test JVM closes it by exiting
          }
        }
      } catch (IOException e) {
        if (destroyedBecause.get() == null) {
          streamProblem = "its event stream broke: " + e.getMessage();
        }
      }
      int exitCode = awaitExit();
      // A process the tests started may hold the streams open; its output is not the run's.
      out.join(PUMP_WAIT_MILLIS);
      err.join(PUMP_WAIT_MILLIS);
      synchronized (errorLines) {
        return new ForkExit(exitCode, destroyedBecause.get(), new ArrayList<>(errorLines), streamProblem);
      }
    }
  }

  /**
   * Ends the test JVM at once, without waiting for its tests, e.g. when the run timeout expires.
   *
   * @param because how, as a predicate of "the test JVM"; the first one given is reported
   */
  public void destroy(String because) {
    destroyedBecause.compareAndSet(null, because);
    Process running = process;
    if (running != null) {
      running.destroyForcibly();
    }
    Socket connected = socket;
    if (connected != null) {
      try {
        connected.close(); // unblocks the event reader
      } catch (IOException e) {
        // closing is all that was wanted
      }
    }
  }

  /** Waits for the test JVM to connect; {@code null} when it ended (or was ended) first. */
  private Socket accept(ServerSocket server) throws IOException {
    server.setSoTimeout(200);
    while (true) {
      try {
        return server.accept();
      } catch (SocketTimeoutException e) {
        if (!process.isAlive() || destroyedBecause.get() != null) {
          return null;
        }
      }
    }
  }

  private int awaitExit() throws InterruptedException {
    if (!process.waitFor(EXIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
      destroy("was ended: it did not exit within " + EXIT_WAIT_SECONDS + " s after its event stream ended");
    }
    return process.waitFor();
  }

  private Thread pump(InputStream stream, String name, Consumer<String> alsoTo) {
    Thread pump = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, Charset.defaultCharset()))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          log.info(line);
          alsoTo.accept(line);
        }
      } catch (IOException e) {
        // the process is gone; what it wrote has been forwarded
      }
    }, "failfast-fork-" + name);
    pump.setDaemon(true);
    pump.start();
    return pump;
  }
}
