package dev.failfast.benchmark.cell;

import java.util.List;

/** A generated project: {@code groups} classes of {@code tests} tests, each calling {@code body} (%d: test number). */
public enum Suite {
  /**
   * The headline suite (README.md, Benchmark); the blocking call rotates over sleep, a blocking
   * queue and a loopback socket read.
   */
  HEADLINE("headline", 8, 25, 8, "Support.blocking(%d, 200);", 8 * 25 * 200 / 8,
      "each test blocks 200 ms in sleep / blocking queue / loopback SocketChannel read, in rotation"),
  /** CPU-bound: 8 threads on 2 cores. */
  CPU("cpu", 4, 10, 8, "Support.cpu(100);", 4 * 10 * 100 / 2,
      "each test burns 100 ms of its thread's CPU time and never checks for interrupts"),
  /**
   * The 10-s tests of the time-to-red target (README.md, Benchmark): (a) alone would take 100 s a
   * run, so only b and c run it.
   */
  LONG("long", 1, 20, 2, "Support.blocking(%d, 10_000);", 0,
      "each test blocks 10 s in sleep / blocking queue / loopback SocketChannel read, in rotation"),
  /**
   * The scale target (README.md, Benchmark): 10,000 trivial tests, fork heap capped at 256 MB; run
   * once per tool, not in the time tables.
   */
  SCALE("scale", 200, 50, 8, "Support.trivial(%d);", 0, "trivial tests, argLine -Xmx256m");

  private final String id;
  private final int groups;
  private final int tests;
  private final int threads;
  private final String body;
  private final long expectedMs;
  private final String description;

  Suite(String id, int groups, int tests, int threads, String body, long expectedMs, String description) {
    this.id = id;
    this.groups = groups;
    this.tests = tests;
    this.threads = threads;
    this.body = body;
    this.expectedMs = expectedMs;
    this.description = description;
  }

  public String id() {
    return id;
  }

  public int groups() {
    return groups;
  }

  public int tests() {
    return tests;
  }

  public int threads() {
    return threads;
  }

  /** The statement test number {@code n} runs. */
  public String body(int n) {
    return body.formatted(n);
  }

  public String description() {
    return description;
  }

  /** The time-to-red scenarios, in table order; none for SCALE. */
  public List<Scenario> scenarios() {
    List<Tool> all = List.of(Tool.a, Tool.b, Tool.c, Tool.cr);
    // On a passing suite b = a and cr = c: those options only matter once something fails.
    List<Tool> passing = List.of(Tool.a, Tool.c);
    return switch (this) {
      case HEADLINE -> List.of(
          // One test of 200 ms: what Maven, the fork and the tool cost whatever the suite.
          new Scenario("1 test (fixed cost)", -1, 0, List.of("-Dtest=G000Test#t00"), passing),
          new Scenario("pass", -1, 0, List.of(), passing),
          new Scenario("fail early", 0, 50, List.of(), List.of(Tool.a, Tool.b, Tool.b5, Tool.c, Tool.cr)),
          new Scenario("fail midway", expectedMs / 2, 50, List.of(), all),
          new Scenario("fail late", expectedMs * 9 / 10, 50, List.of(), all));
      // forkCount=2 against one test JVM and against Surefire's forkCount=2; cr2 cancels across test JVMs.
      case CPU -> List.of(new Scenario("pass", -1, 0, List.of(), List.of(Tool.a, Tool.c, Tool.a2, Tool.c2)),
          new Scenario("fail midway", expectedMs / 2, 50, List.of(), List.of(Tool.a, Tool.b, Tool.c, Tool.cr, Tool.cr2)));
      // One group: scope=run is scope=group.
      case LONG -> List.of(new Scenario("fail after 1 s", 0, 1000, List.of(), List.of(Tool.b, Tool.c)));
      case SCALE -> List.of();
    };
  }
}
