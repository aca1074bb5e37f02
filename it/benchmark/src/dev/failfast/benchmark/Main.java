package dev.failfast.benchmark;

import dev.failfast.benchmark.cell.Cell;
import dev.failfast.benchmark.cell.Scenario;
import dev.failfast.benchmark.cell.Suite;
import dev.failfast.benchmark.cell.Tool;
import dev.failfast.benchmark.cell.Versions;
import dev.failfast.benchmark.generate.Project;
import dev.failfast.benchmark.generate.Projects;
import dev.failfast.benchmark.generate.Workspace;
import dev.failfast.benchmark.measure.LatencyResult;
import dev.failfast.benchmark.measure.Latency;
import dev.failfast.benchmark.measure.MachineLoad;
import dev.failfast.benchmark.measure.Maven;
import dev.failfast.benchmark.measure.RealSuite;
import dev.failfast.benchmark.measure.RealSuiteResult;
import dev.failfast.benchmark.measure.Results;
import dev.failfast.benchmark.measure.Run;
import dev.failfast.benchmark.measure.Scale;
import dev.failfast.benchmark.measure.ScaleRun;
import dev.failfast.benchmark.measure.Stop;
import dev.failfast.benchmark.measure.StopRun;
import dev.failfast.benchmark.measure.TimeToRed;
import dev.failfast.benchmark.measure.WarmUp;
import dev.failfast.benchmark.render.Csv;
import dev.failfast.benchmark.render.Header;
import dev.failfast.benchmark.render.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The benchmark: generate the projects, measure them, render the results; started by it/benchmark/Benchmark.java. */
public final class Main {

  private Main() {}

  /**
   * @param base the {@code it/benchmark} folder
   * @return the exit code: 0, or 2 for bad options or a missing failfast install
   */
  public static int run(Path base, String[] args) throws Exception {
    if (List.of(args).contains("--help")) {
      System.out.print(Options.USAGE);
      return 0;
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    Workspace workspace = Workspace.at(base);
    Versions versions = Versions.of(workspace.reactor());
    if (options.failfast() && !Files.isDirectory(
        options.localRepo().resolve("dev/failfast/failfast-maven-plugin/" + versions.failfast()))) {
      System.err.println("failfast-maven-plugin " + versions.failfast() + " is not in " + options.localRepo()
          + ": run `mvn -B install -DskipTests` first (or pass --local-repo=PATH where it went), or pass --no-failfast"
          + " to measure Surefire alone");
      return 2;
    }
    if (options.waitLoad() > 0) MachineLoad.waitBelow(options.waitLoad());
    Workspace.deleteTree(workspace.logs());
    String built = workspace.copyFailfast(options.failfast() ? options.localRepo() : null, versions.failfast());
    Maven maven = new Maven(workspace, options.maven());
    long started = System.nanoTime();
    String header = Header.render(options.given(), options.runs(), versions, maven.version(), built,
        MachineLoad.loadAverage());
    System.out.print(header);

    Projects projects = new Projects(workspace, versions);
    List<Cell> cells = cells(options);
    List<Project> generated = generate(options, projects, cells);
    TimeToRed timeToRed = new TimeToRed(maven, projects, options.retries());
    if (!generated.isEmpty()) WarmUp.run(maven, generated);
    List<Run> runs = timeToRed.measure(cells, options.runs());
    LatencyResult latency = options.has(Part.LATENCY) && options.failfast()
        ? Latency.measure(maven, projects.latencyDir(), options.quick() ? 1 : 4) // 4 × 250 groups: 1,000 cancellations
        : null;
    List<ScaleRun> scale = options.has(Part.SCALE)
        ? Scale.measure(maven, projects, options.failfast() ? List.of(Tool.a, Tool.c) : List.of(Tool.a)) : List.of();
    StopRun stop = options.has(Part.STOP) && options.failfast()
        ? Stop.measure(maven, projects, options.stopTests()) : null;
    RealSuiteResult real = options.has(Part.REAL)
        ? new RealSuite(maven, workspace, options.realSuiteArgs(), versions.failfast())
            .measure(options.realSuite(), options.runs())
        : null;

    Results results = new Results(runs, timeToRed.retried(), latency, scale, real, stop, timeToRed.crossForkReached(),
        timeToRed.crossForkSettled());
    String md = Report.markdown(header, results, (System.nanoTime() - started) / 6e10, MachineLoad.loadAverage());
    Workspace.write(workspace.work().resolve("results.md"), md);
    Workspace.write(workspace.work().resolve("results.csv"), Csv.of(results));
    System.out.println("wrote " + workspace.work().resolve("results.md") + " and results.csv\n");
    System.out.println(md);
    return 0;
  }

  /** The time-table cells the options select, in table order. */
  private static List<Cell> cells(Options options) {
    List<Cell> cells = new ArrayList<>();
    for (Part part : List.of(Part.HEADLINE, Part.CPU, Part.LONG)) {
      if (!options.has(part)) continue;
      for (Scenario scenario : part.suite().scenarios()) {
        if (options.scenarios() != null && !options.scenarios().contains(scenario.name())) continue;
        for (Tool tool : scenario.tools()) {
          if (options.failfast() || !tool.failfast()) cells.add(new Cell(part.suite(), scenario, tool));
        }
      }
    }
    return cells;
  }

  /** Writes every project the selected cells, latency and scale run. */
  private static List<Project> generate(Options options, Projects projects, List<Cell> cells) throws Exception {
    List<Project> generated = new ArrayList<>();
    List<Path> seen = new ArrayList<>();
    for (Cell cell : cells) {
      Path dir = projects.dir(cell.suite(), cell.tool());
      if (seen.contains(dir)) continue;
      seen.add(dir);
      generated.add(projects.suite(cell.suite(), cell.tool()));
    }
    if (options.has(Part.LATENCY) && options.failfast()) generated.add(projects.latency());
    if (options.has(Part.SCALE)) {
      generated.add(projects.suite(Suite.SCALE, Tool.a));
      if (options.failfast()) generated.add(projects.suite(Suite.SCALE, Tool.c));
    }
    if (options.has(Part.STOP) && options.failfast()) generated.add(projects.stop(options.stopTests()));
    return generated;
  }
}
