package dev.failfast.benchmark.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** Polls the peak RSS of the java processes below a Maven process: its test JVMs. */
final class RssPoller implements AutoCloseable {

  private final Process maven;
  private final AtomicLong peakKb = new AtomicLong();
  private final Thread thread;

  RssPoller(Process maven) {
    this.maven = maven;
    thread = new Thread(this::poll, "rss-poller");
    thread.setDaemon(true);
    thread.start();
  }

  long peakKb() {
    return peakKb.get();
  }

  /** VmHWM is a process's own peak, so polling every 50 ms misses nothing but a JVM that lives less. */
  private void poll() {
    while (!Thread.currentThread().isInterrupted() && maven.isAlive()) {
      maven.toHandle().descendants().forEach(h -> {
        try {
          Path dir = Path.of("/proc", String.valueOf(h.pid()));
          if (!Files.readString(dir.resolve("comm")).trim().equals("java")) return;
          for (String l : Files.readAllLines(dir.resolve("status"))) {
            if (l.startsWith("VmHWM:")) peakKb.accumulateAndGet(Long.parseLong(l.replaceAll("\\D", "")), Math::max);
          }
        } catch (IOException | RuntimeException gone) {
          // the process ended between listing and reading
        }
      });
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
