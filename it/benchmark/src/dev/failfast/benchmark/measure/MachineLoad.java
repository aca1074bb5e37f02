package dev.failfast.benchmark.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Other work on the machine: it skews timings, so the benchmark waits for it and measures it. */
public final class MachineLoad {

  private static final int TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux x86-64 and arm64

  private MachineLoad() {}

  public static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }

  /** Waits (at most 30 min) until the 1-minute load average is below {@code max}. */
  public static void waitBelow(double max) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
    while (Double.parseDouble(loadAverage()) >= max && System.nanoTime() < deadline) {
      System.out.println("waiting for the 1-minute load average (" + loadAverage() + ") to drop below " + max + " ...");
      Thread.sleep(15_000);
    }
  }

  /**
   * [CPU ticks all processes used, ticks this JVM and its waited-for children (Maven, its fork) used].
   * Their difference over a run is what other work took from it; the load average cannot tell that
   * apart, since the benchmark itself keeps both cores busy.
   */
  static long[] cpuTicks() throws IOException {
    String[] all = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
    long busy = 0;
    for (int i : new int[] {1, 2, 3, 6, 7, 8}) busy += Long.parseLong(all[i]); // user nice system irq softirq steal
    String self = Files.readString(Path.of("/proc/self/stat"));
    String[] f = self.substring(self.lastIndexOf(')') + 2).split(" "); // f[0] is field 3 (state)
    long mine = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    return new long[] {busy, mine};
  }

  /** Cores other work used between two {@link #cpuTicks()} readings {@code wallNanos} apart. */
  static double otherCores(long[] before, long[] after, long wallNanos) {
    long other = (after[0] - before[0]) - (after[1] - before[1]);
    return Math.max(0, other / (double) TICKS_PER_SECOND / (wallNanos / 1e9));
  }
}
