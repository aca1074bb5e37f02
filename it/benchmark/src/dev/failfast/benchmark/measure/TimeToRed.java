package dev.failfast.benchmark.measure;

import dev.failfast.benchmark.cell.Cell;
import dev.failfast.benchmark.cell.Tool;
import dev.failfast.benchmark.generate.Projects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The time tables' cells, all of them interleaved: drift in machine load hits every tool alike. */
public final class TimeToRed {

  /** Cores of CPU that other processes may take during a run before it is taken again. */
  public static final double NOISY = 0.25;

  private final Maven maven;
  private final Projects projects;
  private final int retryBudget;
  private int retried;
  private final List<Long> crossForkReached = new ArrayList<>();
  private final List<Long> crossForkSettled = new ArrayList<>();

  /** @param retryBudget how many noisy runs, in total, may be taken again */
  public TimeToRed(Maven maven, Projects projects, int retryBudget) {
    this.maven = maven;
    this.projects = projects;
    this.retryBudget = retryBudget;
  }

  /**
   * From the build JVM's receipt of a scope=run cancellation to the other test JVM's own cancellation,
   * over every forkCount=2 scope=run run (failfast-summary.json's crossForkCancel.reachedNanos).
   */
  public List<Long> crossForkReached() {
    return List.copyOf(crossForkReached);
  }

  /** The same to the other test JVM's settling (crossForkCancel.settledNanos). */
  public List<Long> crossForkSettled() {
    return List.copyOf(crossForkSettled);
  }

  /** How many noisy runs were taken again. */
  public int retried() {
    return retried;
  }

  public List<Run> measure(List<Cell> cells, int repetitions) throws IOException, InterruptedException {
    List<Run> runs = new ArrayList<>();
    for (int rep = 0; rep < repetitions; rep++) {
      // Rotate the order each repetition so no tool always runs right after the same neighbour.
      for (int i = 0; i < cells.size(); i++) {
        Cell cell = cells.get((i + rep * 3) % cells.size());
        Measurement m = run(cell, rep);
        // Other work on this shared machine skews a run: it is taken again, twice at most, within a total budget.
        for (int retry = 0; retry < 2 && m.otherCores() > NOISY && retried < retryBudget; retry++) {
          retried++;
          m = run(cell, rep);
        }
        runs.add(new Run(cell, rep, m));
      }
    }
    return runs;
  }

  private Measurement run(Cell cell, int rep) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(cell.tool().options());
    args.addAll(cell.scenario().extraArgs());
    args.add(cell.tool().failfast() ? "failfast:run" : "test");
    Measurement m = maven.run(projects.dir(cell.suite(), cell.tool()), args,
        Map.of("BENCH_FAIL_AT_MS", String.valueOf(cell.scenario().failAtMs()),
            "BENCH_FAIL_AFTER_MS", String.valueOf(cell.scenario().failAfterMs())),
        cell.fileName() + "-" + rep, true);
    if (cell.tool() == Tool.cr2) {
      crossForkReached.addAll(Reports.crossForkLatencies(projects.dir(cell.suite(), cell.tool()), "reachedNanos"));
      crossForkSettled.addAll(Reports.crossForkLatencies(projects.dir(cell.suite(), cell.tool()), "settledNanos"));
    }
    System.out.printf("%-40s rep %d: %s%s%n", cell.suite().id() + "/" + cell.scenario().name() + "/" + cell.tool(), rep,
        progress(m), m.buildFailed() == cell.scenario().failing() ? "" : "   <-- unexpected build result, see " + m.log());
    return m;
  }

  /** One line of progress on the console. */
  static String progress(Measurement m) {
    return String.format("wall %6.2f s, red %6.2f s, %s, ran %d/%d, rss %d MB, conc %d, other %.2f cores",
        m.wallMs() / 1e3, m.redMs() / 1e3, m.buildFailed() ? "FAILURE" : "SUCCESS", m.counts().ran(),
        m.counts().tests(), m.rssKb() / 1024, m.maxConcurrent(), m.otherCores());
  }
}
