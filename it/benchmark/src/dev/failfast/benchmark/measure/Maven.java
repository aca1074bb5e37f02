package dev.failfast.benchmark.measure;

import dev.failfast.benchmark.generate.Workspace;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Runs one Maven invocation, timing its exit and its BUILD line, polling the fork's peak RSS. */
public final class Maven {

  /** Maven's line for the mojo that runs the tests (3.8 names the plugin, 3.9 its prefix). */
  private static final Pattern TEST_GOAL =
      Pattern.compile("--- (maven-surefire-plugin|surefire|failfast-maven-plugin|failfast):[^:]+:(test|run) ");

  private final Workspace workspace;
  private final String executable;

  /** @param executable the {@code mvn} to run */
  public Maven(Workspace workspace, String executable) {
    this.workspace = workspace;
    this.executable = executable;
  }

  public String executable() {
    return executable;
  }

  /**
   * Runs {@code mvn -B [-o] -Dmaven.repo.local=target/m2 args} in {@code project}, after deleting its
   * reports; the log goes to {@code target/logs/<logName>.log}, each line prefixed with its second.
   */
  public Measurement run(Path project, List<String> args, Map<String, String> env, String logName, boolean offline)
      throws IOException, InterruptedException {
    Reports.delete(project);
    Path stats = project.resolve("target/bench-stats.txt");
    Files.deleteIfExists(stats);
    Path log = workspace.logs().resolve(logName + ".log");
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(List.of(executable, "-B"));
    if (offline) command.add("-o");
    command.add("-Dmaven.repo.local=" + workspace.repo());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.environment().put("BENCH_STATS", stats.toString());
    long[] cpu0 = MachineLoad.cpuTicks();
    long t0 = System.nanoTime();
    Process p = pb.start();
    long red = -1;
    long goalStart = -1;
    boolean failed = false;
    long rssKb;
    try (RssPoller rss = new RssPoller(p);
        BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        BufferedWriter out = Files.newBufferedWriter(log)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (goalStart < 0 && TEST_GOAL.matcher(line).find()) goalStart = System.nanoTime() - t0;
        if (red < 0 && (line.contains("BUILD FAILURE") || line.contains("BUILD SUCCESS"))) {
          red = System.nanoTime() - t0;
          failed = line.contains("BUILD FAILURE");
        }
        out.write(String.format("%8.3f %s%n", (System.nanoTime() - t0) / 1e9, line));
      }
      p.waitFor();
      rssKb = rss.peakKb();
    }
    long wall = System.nanoTime() - t0;
    double otherCores = MachineLoad.otherCores(cpu0, MachineLoad.cpuTicks(), wall);
    if (red < 0) red = wall;
    int maxConcurrent = Files.exists(stats) ? Integer.parseInt(Files.readString(stats).trim()) : -1;
    long goal = goalStart < 0 ? red : red - goalStart;
    return new Measurement(wall / 1_000_000, red / 1_000_000, goal / 1_000_000, failed || p.exitValue() != 0, rssKb,
        Reports.counts(project), maxConcurrent, otherCores, log);
  }

  /** {@code mvn -v}'s Maven and Java lines. */
  public String version() throws IOException, InterruptedException {
    Process p = new ProcessBuilder(executable, "-v").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return String.join("; ", out.lines().filter(l -> l.contains("Apache Maven") || l.contains("Java version"))
        .map(l -> l.replaceAll("\u001B\\[[;\\d]*m", "").trim()).toList());
  }
}
