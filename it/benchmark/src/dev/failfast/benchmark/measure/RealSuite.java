package dev.failfast.benchmark.measure;

import dev.failfast.benchmark.cell.RealScenario;
import dev.failfast.benchmark.cell.Tool;
import dev.failfast.benchmark.generate.Template;
import dev.failfast.benchmark.generate.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An existing Maven project (the real suite, README.md, Benchmark), interleaved: {@code mvn test}
 * with the project's own Surefire configuration against {@code failfast:run} with none, then a copy
 * with one early fatal failure (FailFastProbeTest) under Surefire's {@code skipAfterFailureCount=1}
 * against failfast's {@code scope=run}.
 */
public final class RealSuite {

  public static final String PROBE = "FailFastProbeTest";

  private final Maven maven;
  private final Workspace workspace;
  private final List<String> args;
  private final String failfastGoal;

  /** @param args options every build gets (the project's skips) */
  public RealSuite(Maven maven, Workspace workspace, List<String> args, String failfastVersion) {
    this.maven = maven;
    this.workspace = workspace;
    this.args = List.copyOf(args);
    // The project does not declare the plugin: its full coordinates need no pluginGroup.
    this.failfastGoal = "dev.failfast:failfast-maven-plugin:" + failfastVersion + ":run";
  }

  public RealSuiteResult measure(Path source, int repetitions) throws IOException, InterruptedException {
    Path pass = workspace.work().resolve("real-suite/as-it-is");
    Path probe = workspace.work().resolve("real-suite/with-probe");
    for (Path copy : List.of(pass, probe)) {
      Workspace.deleteTree(copy);
      Workspace.copyTree(source, copy, RealSuite::buildOutput);
    }
    Workspace.write(probe.resolve("src/test/java/" + PROBE + ".java"),
        Template.load(workspace, PROBE + ".java.tmpl").render(Map.of()));
    warmUp(pass, probe);
    List<RealRun> runs = new ArrayList<>();
    List<Cell> cells = new ArrayList<>();
    for (RealScenario scenario : RealScenario.values()) {
      for (Tool tool : scenario.tools()) cells.add(new Cell(scenario, tool));
    }
    for (int rep = 0; rep < repetitions; rep++) {
      for (int i = 0; i < cells.size(); i++) {
        Cell cell = cells.get((i + rep) % cells.size()); // rotated: no tool always follows the same one
        Path project = cell.scenario() == RealScenario.PASS ? pass : probe;
        Measurement m = maven.run(project, command(cell.tool()), Map.of(),
            "real-" + cell.scenario().id() + "-" + cell.tool() + "-" + rep, true);
        runs.add(new RealRun(cell.scenario(), cell.tool(), rep, m, Reports.hasReport(project, PROBE)));
        System.out.printf("real/%s/%-3s rep %d: %s%n", cell.scenario().id(), cell.tool(), rep, TimeToRed.progress(m));
      }
    }
    return new RealSuiteResult(source, args, runs);
  }

  /** Online: resolves the project's dependencies, Surefire's provider and failfast's, and compiles both copies. */
  private void warmUp(Path pass, Path probe) throws IOException, InterruptedException {
    System.out.println("warm-up: the real suite's copies (online; compiles the project, resolves its plugins) ...");
    require(maven.run(pass, with("test-compile"), Map.of(), "warm-up-real-as-it-is", false), false, pass);
    for (String goal : List.of("test", failfastGoal)) {
      Measurement m = maven.run(probe, with("-Dtest=" + PROBE, "-Dsurefire.failIfNoSpecifiedTests=false", goal),
          Map.of(), "warm-up-real-probe-" + (goal.equals("test") ? "surefire" : "failfast"), false);
      require(m, true, probe);
      if (!Reports.hasReport(probe, PROBE)) {
        throw new IllegalStateException(PROBE + " did not run in " + probe + " (" + goal + "): the real suite must"
            + " run JUnit Jupiter tests from src/test/java; see " + m.log());
      }
    }
  }

  private List<String> command(Tool tool) {
    List<String> command = new ArrayList<>(tool.options());
    command.add(tool.failfast() ? failfastGoal : "test");
    return with(command.toArray(String[]::new));
  }

  private List<String> with(String... more) {
    List<String> command = new ArrayList<>(args);
    command.addAll(List.of(more));
    return command;
  }

  /** A module's {@code target} (beside its pom.xml) and {@code .git}: not the project's sources. */
  private static boolean buildOutput(Path dir) {
    String name = dir.getFileName().toString();
    return name.equals(".git") || name.equals("target") && Files.isRegularFile(dir.resolveSibling("pom.xml"));
  }

  private record Cell(RealScenario scenario, Tool tool) {}

  private static void require(Measurement m, boolean failure, Path project) {
    if (m.buildFailed() != failure) {
      throw new IllegalStateException("warm-up of " + project + " " + (failure ? "did not fail at the probe" : "failed")
          + ", see " + m.log());
    }
  }
}
