package dev.failfast.benchmark.cell;

import java.util.List;

/** A configuration to run a project with; a and b run classes without {@code @FailFastGroup}, c and cr with it. */
public enum Tool {
  /** Surefire + JUnit 6 with Jupiter parallel execution, fixed parallelism = threads. */
  a("Surefire + Jupiter parallel"),
  /** a + {@code -Dsurefire.skipAfterFailureCount=1}. */
  b("Surefire + skipAfterFailureCount=1"),
  /** b on JUnit 5 (headline "fail early" only): Surefire cannot cancel a JUnit 5 run. */
  b5("b with JUnit " + Versions.JUNIT5 + " instead"),
  /** {@code mvn failfast:run}, {@code threads} = threads, scope=group (the default). */
  c("failfast:run (scope=group)"),
  /** c with {@code -Dfailfast.scope=run}: what b promises, the first failure stops the whole run. */
  cr("failfast:run (scope=run)"),
  /** a with {@code -DforkCount=2}: two test JVMs, each with threads = threads (CPU suite). */
  a2("Surefire + Jupiter parallel, forkCount=2"),
  /** c with {@code -Dfailfast.forkCount=2}: two test JVMs, each group whole in one, threads per test JVM. */
  c2("failfast:run (scope=group), forkCount=2"),
  /** cr with {@code forkCount=2}: a failure cancels the other test JVM's run too, through the build JVM. */
  cr2("failfast:run (scope=run), forkCount=2");

  private final String label;

  Tool(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean failfast() {
    return this == c || this == cr || this == c2 || this == cr2;
  }

  /** The command-line options that make this tool out of the project's configuration. */
  public List<String> options() {
    return switch (this) {
      case b, b5 -> List.of("-Dsurefire.skipAfterFailureCount=1");
      case cr -> List.of("-Dfailfast.scope=run");
      case a2 -> List.of("-DforkCount=2");
      case c2 -> List.of("-Dfailfast.forkCount=2");
      case cr2 -> List.of("-Dfailfast.forkCount=2", "-Dfailfast.scope=run");
      case a, c -> List.of();
    };
  }
}
