package dev.failfast.maven.fork;

import dev.failfast.junit.fork.EventDecoder;
import dev.failfast.junit.fork.ExitHolders;
import dev.failfast.junit.fork.ForkEvents;
import dev.failfast.junit.fork.ForkProtocolMismatch;
import dev.failfast.junit.fork.ForkSettings;
import dev.failfast.junit.fork.RecordReader;
import dev.failfast.junit.fork.RecordWriter;
import dev.failfast.junit.fork.ShutdownMarker;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.maven.plugin.logging.Log;

/**
 * Runs one test JVM: listens on a loopback port, starts the JVM with that port, sends the
 * settings and delivers the JVM's events until its stream ends. Its output is forwarded line by
 * line; the last lines of its standard error (and the JVM's out-of-memory notice) are kept to
 * explain a death.
 *
 * <p>The test JVM never outlives the build nor hangs it: it ends itself when the build JVM's end
 * of the socket closes, a shutdown hook of the build JVM ends it when the build is interrupted,
 * and one that has not exited the exit timeout after its last event is ended with a warning
 * naming what held it.
 */
public final class ForkProcess {

  /** Builds the command for a build JVM listening on the given port. */
  @FunctionalInterface
  public interface Command {
    List<String> forPort(int port) throws IOException;
  }

  /** Something the build JVM tells the test JVM after its settings, such as to cancel its run. */
  @FunctionalInterface
  public interface Order {
    void writeTo(RecordWriter toTestJvm) throws IOException;
  }

  /**
   * How to start the test JVM.
   *
   * @param argumentFile the file {@code command} writes the command line to: deleted as soon as
   *     the test JVM connects (the {@code java} launcher has read it by then), and at the end
   * @param environment variables on top of the build's
   */
  public record Launch(Command command, Path argumentFile, Map<String, String> environment, Path workingDirectory) {}

  private static final int ERROR_LINES_KEPT = 20;
  private static final String OUT_OF_MEMORY = "java.lang.OutOfMemoryError";
  private static final long PUMP_WAIT_MILLIS = 5_000;
  /** A test JVM closes its stream by exiting; this long after, something else holds it. */
  private static final long STREAM_END_EXIT_SECONDS = 30;
  /** How long a test JVM past its exit timeout gets to name what holds it. */
  private static final long HOLDERS_WAIT_MILLIS = 2_000;
  /** How long the build JVM's shutdown hook waits for the test JVM it ended and for its last events. */
  private static final long HOOK_WAIT_SECONDS = 5;
  /** How often a test JVM that sent its last event is checked for having exited or run its shutdown hooks. */
  private static final long EXIT_POLL_MILLIS = 5;

  private final Log log;
  private final Duration exitTimeout;
  private final AtomicReference<String> destroyedBecause = new AtomicReference<>();
  private final CompletableFuture<String> exitHolders = new CompletableFuture<>();
  /** Open until every event the test JVM sent has been delivered, or its stream broke off. */
  private final CountDownLatch delivered = new CountDownLatch(1);
  private volatile Process process;
  private volatile Socket socket;
  /** Nullable; the file whose deletion says the test JVM's shutdown hooks have returned ({@link ShutdownMarker}). */
  private volatile Path marker;
  /** Set once the run finished and the test JVM's shutdown hooks have all returned. */
  private volatile boolean hooksReturned;
  /** Orders given before the test JVM connected, sent right after its settings; guards {@link #toFork}. */
  private final List<Order> pending = new ArrayList<>();
  private RecordWriter toFork;

  /** @param exitTimeout how long the test JVM may take to exit after its last event */
  public ForkProcess(Log log, Duration exitTimeout) {
    this.log = log;
    this.exitTimeout = exitTimeout;
  }

  /**
   * Starts the test JVM and returns once it has ended.
   *
   * @throws ForkProtocolMismatch when the test JVM's failfast extension is of another version than
   *     this plugin (the test JVM has been ended)
   */
  public ForkExit run(Launch launch, ForkSettings settings, ForkEvents events)
      throws IOException, InterruptedException {
    Path argumentFile = launch.argumentFile();
    marker = shutdownMarker(argumentFile);
    ForkSettings sent = marker == null ? settings : settings.withParameter(ShutdownMarker.PARAMETER, marker.toString());
    Thread endOnBuildExit = new Thread(this::endForBuildExit, "failfast-end-test-jvm");
    Runtime.getRuntime().addShutdownHook(endOnBuildExit);
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ProcessBuilder builder = new ProcessBuilder(launch.command().forPort(server.getLocalPort()))
          .directory(launch.workingDirectory().toFile());
      builder.environment().putAll(launch.environment());
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
      OutputPump out = pump(process.getInputStream(), "stdout", line -> {
        if (line.contains(OUT_OF_MEMORY)) {
          keep.accept(line);
        }
      });
      OutputPump err = pump(process.getErrorStream(), "stderr", keep);
      String streamProblem;
      try {
        streamProblem = deliverEvents(server, argumentFile, sent, events);
      } catch (ForkProtocolMismatch e) {
        // Another failfast version: its stream cannot be read, so the run ends here, with the fix.
        destroy("was ended: " + e.getMessage());
        process.waitFor();
        throw e;
      }
      if (hooksReturned) {
        // Its JVM ends by itself; the socket stays open until then, so it is not taken for an orphan.
        // What its hooks printed is in the pipes by now: it goes to the console before the results.
        long forwarded = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PUMP_WAIT_MILLIS);
        out.awaitForwarded(forwarded);
        err.awaitForwarded(forwarded);
        return new ForkExit(ForkExit.NOT_AWAITED, null, List.of(), streamProblem);
      }
      int exitCode = awaitExit();
      // A process the tests started may hold the streams open; its output is not the run's.
      out.join(PUMP_WAIT_MILLIS);
      err.join(PUMP_WAIT_MILLIS);
      synchronized (errorLines) {
        return new ForkExit(exitCode, destroyedBecause.get(), new ArrayList<>(errorLines), streamProblem);
      }
    } finally {
      Files.deleteIfExists(argumentFile);
      deleteMarker();
      try {
        Runtime.getRuntime().removeShutdownHook(endOnBuildExit);
      } catch (IllegalStateException e) {
        // the build JVM is exiting: the hook ends the test JVM
      }
    }
  }

  /**
   * Delivers the test JVM's events until its stream ends, once it has connected.
   *
   * @return nullable; why the stream broke off, when it did not simply end
   * @throws ForkProtocolMismatch when the test JVM is of another failfast version
   */
  private String deliverEvents(ServerSocket server, Path argumentFile, ForkSettings settings, ForkEvents events)
      throws ForkProtocolMismatch {
    Thread deadline = null;
    Socket connected = null;
    try {
      connected = accept(server);
      if (connected == null) {
        return null;
      }
      Files.deleteIfExists(argumentFile);
      socket = connected;
      RecordWriter toFork = new RecordWriter(new BufferedOutputStream(connected.getOutputStream()));
      settings.write(toFork);
      synchronized (pending) {
        for (Order order : pending) {
          order.writeTo(toFork);
        }
        this.toFork = toFork;
      }
      EventDecoder decoder = new EventDecoder(new RecordReader(new BufferedInputStream(connected.getInputStream())));
      while (decoder.next(events)) {
        // the stream ends when the test JVM closes it by exiting
        if (decoder.ended() && deadline == null) {
          deadline = exitDeadline(toFork, connected, decoder.runFinished() ? marker : null);
        }
        if (decoder.exitHolders() != null) {
          exitHolders.complete(decoder.exitHolders());
        }
      }
      return null;
    } catch (ForkProtocolMismatch e) {
      throw e;
    } catch (IOException e) {
      return destroyedBecause.get() == null ? "its event stream broke: " + e.getMessage() : null;
    } finally {
      delivered.countDown();
      if (deadline != null) {
        deadline.interrupt(); // the stream ended: the test JVM is exiting or gone
      }
      closeWhenExited(connected);
    }
  }

  /** Closes the build JVM's end once the test JVM has exited: until then it watches that end. */
  private void closeWhenExited(Socket connected) {
    if (connected == null) {
      return;
    }
    if (!hooksReturned) {
      closeQuietly(connected);
      return;
    }
    process.onExit().whenComplete((exited, failure) -> closeQuietly(connected));
  }

  private static void closeQuietly(Socket connected) {
    try {
      connected.close();
    } catch (IOException e) {
      // closing is all that was wanted
    }
  }

  /** A test JVM that was ended, or has exited, leaves no marker behind. */
  private void deleteMarker() {
    Path file = marker;
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a leftover marker is empty and never read again
      }
    }
  }

  /**
   * The file whose deletion says the test JVM's shutdown hooks have run, created beside the
   * argument file; {@code null} when it cannot be made, and then the build waits for the exit.
   */
  private static Path shutdownMarker(Path argumentFile) {
    try {
      return Files.createFile(argumentFile.resolveSibling(argumentFile.getFileName() + ".running"));
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Gives the test JVM an order: now, or when it has connected, right after its settings. A test
   * JVM that has ended, or whose stream broke, misses it.
   */
  public void send(Order order) {
    RecordWriter connected;
    synchronized (pending) {
      if (toFork == null) {
        pending.add(order);
        return;
      }
      connected = toFork;
    }
    try {
      order.writeTo(connected);
    } catch (IOException e) {
      // the test JVM is gone; its own end is reported from its stream
    }
  }

  /**
   * Ends the test JVM at once, without waiting for its tests, e.g. when the run timeout expires.
   *
   * @param because how, as a predicate of "the test JVM"; the first one given is reported
   */
  public void destroy(String because) {
    end(because);
    closeSocket();
  }

  private void end(String because) {
    destroyedBecause.compareAndSet(null, because);
    Process running = process;
    if (running != null) {
      running.destroyForcibly();
    }
  }

  private void closeSocket() {
    Socket connected = socket;
    if (connected != null) {
      closeQuietly(connected); // unblocks the event reader
    }
  }

  /**
   * The build JVM is exiting (SIGTERM, Ctrl-C): the test JVM goes first, so its stream ends. The
   * build JVM's end stays open until what the test JVM sent before has been delivered: the build
   * may be behind, and a finished class's report is written from those events.
   */
  void endForBuildExit() {
    end("was ended because the build was interrupted");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HOOK_WAIT_SECONDS);
    try {
      Process running = process;
      if (running != null) {
        running.waitFor(HOOK_WAIT_SECONDS, TimeUnit.SECONDS);
      }
      if (socket != null) {
        delivered.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closeSocket();
      deleteMarker(); // the ended test JVM ran no hook that would
    }
  }

  /**
   * Once the test JVM has sent its last event, gives it the exit timeout to exit; then asks it
   * what holds it, warns naming that, and ends it. After a finished run, one whose shutdown hooks
   * have all returned counts as exited: its event stream is ended here, and its JVM's own exit
   * is not waited for ({@link ShutdownMarker}).
   *
   * @param watched nullable; the shutdown marker, when the run finished
   */
  private Thread exitDeadline(RecordWriter toFork, Socket connected, Path watched) {
    Thread deadline = new Thread(() -> {
      try {
        long end = System.nanoTime() + exitTimeout.toNanos();
        for (long left = exitTimeout.toNanos(); left > 0; left = end - System.nanoTime()) {
          long wait = watched == null ? left : Math.min(left, TimeUnit.MILLISECONDS.toNanos(EXIT_POLL_MILLIS));
          if (process.waitFor(wait, TimeUnit.NANOSECONDS)) {
            return;
          }
          if (watched != null && !Files.exists(watched)) {
            hooksReturned = true;
            endStream(connected);
            return;
          }
        }
        String holders = askExitHolders(toFork);
        if (process.isAlive()) {
          String because = "did not exit within " + exitTimeout.toSeconds() + " s of its last event and was ended;"
              + " still running: " + holders;
          log.warn("The test JVM " + because);
          destroy(because);
        }
      } catch (InterruptedException e) {
        // the test JVM ended first
      }
    }, "failfast-exit-deadline");
    deadline.setDaemon(true);
    deadline.start();
    return deadline;
  }

  /** Ends the event loop at once; a failure leaves it to end with the test JVM's exit. */
  private static void endStream(Socket connected) {
    try {
      connected.shutdownInput();
    } catch (IOException e) {
      // the stream ends when the test JVM has exited
    }
  }

  private String askExitHolders(RecordWriter toFork) throws InterruptedException {
    try {
      ExitHolders.ask(toFork);
      return exitHolders.get(HOLDERS_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (IOException | ExecutionException | TimeoutException e) {
      return "unknown: the test JVM did not say within " + HOLDERS_WAIT_MILLIS + " ms";
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
    if (!process.waitFor(STREAM_END_EXIT_SECONDS, TimeUnit.SECONDS)) {
      destroy("was ended: it did not exit within " + STREAM_END_EXIT_SECONDS + " s after its event stream ended");
    }
    return process.waitFor();
  }

  private OutputPump pump(InputStream stream, String name, Consumer<String> alsoTo) {
    return new OutputPump(stream, name, process::isAlive, line -> {
      log.info(line);
      alsoTo.accept(line);
    });
  }
}
