package dev.failfast.benchmark.render;

import dev.failfast.benchmark.cell.Versions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The results' first lines: the machine, the versions, the command. */
public final class Header {

  private Header() {}

  /**
   * @param args the benchmark's arguments as given
   * @param maven {@code mvn -v}'s Maven and Java lines
   * @param built when the failfast jars were built
   */
  public static String render(String args, int runs, Versions versions, String maven, String built, String load)
      throws IOException {
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
        .findFirst().map(l -> l.replaceAll(".*:\\s*", "")).orElse("?");
    long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize() >> 30;
    return "## Benchmark against Surefire\n\n"
        + String.format("Machine: %d cores (%s), %d GiB RAM; %s; 1-minute load average at the start: %s.%n",
            Runtime.getRuntime().availableProcessors(), cpu, memory, maven, load)
        + String.format("Versions: Surefire %s, JUnit %s, failfast %s. Command: `java it/benchmark/Benchmark.java%s`"
            + " (%d run(s) per cell, interleaved).%s%n", versions.surefire(), versions.junit(), versions.failfast(),
            args.isEmpty() ? "" : " " + args, runs, built);
  }
}
