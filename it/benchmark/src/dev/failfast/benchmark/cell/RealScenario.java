package dev.failfast.benchmark.cell;

import java.util.List;
import java.util.Locale;

/** What the real-suite cell runs: the project as it is, and a copy with one early fatal failure. */
public enum RealScenario {
  /** The project's own suite under Surefire (its configuration) and under failfast:run with none. */
  PASS("as it is", List.of(Tool.a, Tool.c)),
  /** A copy with FailFastProbeTest, which throws at once: Surefire's and failfast's way to stop at the first failure. */
  PROBE("one early fatal failure", List.of(Tool.b, Tool.cr));

  private final String label;
  private final List<Tool> tools;

  RealScenario(String label, List<Tool> tools) {
    this.label = label;
    this.tools = tools;
  }

  public String label() {
    return label;
  }

  public List<Tool> tools() {
    return tools;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What a tool means on a project the benchmark did not write. */
  public static String toolLabel(Tool tool) {
    return switch (tool) {
      case a -> "mvn test (the project's Surefire configuration)";
      case b, b5 -> "mvn test -Dsurefire.skipAfterFailureCount=1";
      case c -> "failfast:run, no failfast configuration";
      case cr -> "failfast:run -Dfailfast.scope=run";
      case a2 -> "mvn test -DforkCount=2";
      case c2 -> "failfast:run -Dfailfast.forkCount=2";
      case cr2 -> "failfast:run -Dfailfast.forkCount=2 -Dfailfast.scope=run";
    };
  }
}
