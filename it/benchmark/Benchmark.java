// failfast benchmark against Surefire (issue 5, SPEC §7). JDK 17+ and Maven only:
//
//   mvn -B install -DskipTests            # once: puts the failfast plugin and extension in ~/.m2
//   java it/benchmark/Benchmark.java      # full run (about 16 min on 2 cores); --quick: a few minutes
//
// Options: --quick (1 run per cell), --runs=N, --only=headline,cpu,long,latency,scale, --no-failfast,
// --wait-load[=1.0] (first wait, up to 30 min, until the 1-minute load average is below that),
// --scenarios=pass,fail early (only those rows), --retries=N (total budget of re-taken noisy runs, 6).
// It generates Maven projects under it/benchmark/target/projects (git-ignored), runs them
// interleaved (every repetition visits every cell, so drift in machine load hits all tools alike),
// and writes it/benchmark/target/results.md (the tables) and results.csv (every run).
//
// Tools compared on the same tests and thread count:
//   a  Surefire 3.6.1 + JUnit 6.1.3, Jupiter parallel execution, fixed parallelism = threads
//   b  the same + -Dsurefire.skipAfterFailureCount=1
//   b5 b on JUnit 5.14 (headline "fail early" only): Surefire cannot cancel a JUnit 5 run
//   c  mvn failfast:run, <threads> = threads, scope=group (default)
//   cr the same with -Dfailfast.scope=run (what b promises: the first failure stops the whole run)
// a/b run classes without @FailFastGroup (what a user has today); c/cr run the same classes with it.
//
// Definitions:
//   wall         start of the `mvn` process to its exit.
//   time to red  start of the `mvn` process to the moment Maven prints "BUILD FAILURE" (for a
//                passing run "BUILD SUCCESS"), read from its stdout as it is written.
//   peak RSS     the largest VmHWM in /proc/<pid>/status of the forked test JVM(s) (java processes
//                below the Maven JVM), polled every 50 ms.
//   cancel latency  failfast's own figure, cancelLatencyNanos per cancelled group in
//                failfast-summary.json; cross-checked by the tests themselves (System.nanoTime
//                before the fatal throw, and in each blocked member's finally).
import java.io.*;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import java.util.regex.*;
import java.util.stream.*;

public class Benchmark {

  static final String SUREFIRE = "3.6.1";
  static final String JUNIT = "6.1.3";
  // Surefire 3.6 stops a JUnit Platform run through the CancellationToken that Platform 6.0 added;
  // on JUnit 5 it can only log that it cannot. Cell b5 shows what JUnit 5 users get.
  static final String JUNIT5 = "5.14.4";
  static final String FAILFAST = "0.1.0-SNAPSHOT";

  static Path base; // it/benchmark
  static Path work; // it/benchmark/target
  static Path repo; // it/benchmark/target/m2: the generated projects' own local repository
  static String failfastBuilt = "";
  static final List<Run> RUNS = new ArrayList<>();
  static final List<Path> GENERATED = new ArrayList<>();
  static final StringBuilder MD = new StringBuilder();
  /** Cores of CPU that other processes may take during a run before it is taken again. */
  static final double NOISY = 0.25;
  static int retried;
  static int maxRetries = 6;
  static Set<String> scenarioFilter; // null: all

  // ---- the suites ------------------------------------------------------------------------

  /** A generated project: {@code groups} classes of {@code tests} tests, each calling {@code body}. */
  record Suite(String name, int groups, int tests, int threads, String body, long expectedMs) {}

  // Headline (SPEC §1's measured example): 8 groups of 25 tests that block 200 ms, threads 8. The
  // blocking call rotates over sleep, a blocking queue and an interruptible loopback socket read.
  static final Suite HEADLINE = new Suite("headline", 8, 25, 8, "Support.blocking(%d, 200);", 8 * 25 * 200 / 8);
  // CPU-bound: 4 groups of 10 tests that each burn 100 ms of thread CPU time; threads 8 on 2 cores.
  static final Suite CPU = new Suite("cpu", 4, 10, 8, "Support.cpu(100);", 4 * 10 * 100 / 2);
  // SPEC §1's second example: 20 tests that block 10 s in one group, threads 2, the first test to start
  // fails after 1 s. (a) alone would take 100 s a run, so only b and c run it.
  static final Suite LONG = new Suite("long", 1, 20, 2, "Support.blocking(%d, 10_000);", 0);
  // Scale (SPEC §7): 10,000 trivial tests in 200 groups, fork heap capped at 256 MB.
  static final Suite SCALE = new Suite("scale", 200, 50, 8, "Support.trivial(%d);", 0);

  /** A configuration to run a project with. */
  enum Tool {
    a("Surefire + Jupiter parallel"),
    b("Surefire + skipAfterFailureCount=1"),
    b5("b with JUnit " + JUNIT5 + " instead"),
    c("failfast:run (scope=group)"),
    cr("failfast:run (scope=run)");
    final String label;
    Tool(String label) { this.label = label; }
    boolean failfast() { return this == c || this == cr; }
  }

  /**
   * What fails: the first test that starts {@code failAtMs} or more after the suite's first test
   * throws after {@code failAfterMs} instead of doing its work; {@code failAtMs < 0}: nothing fails.
   */
  record Scenario(String name, long failAtMs, long failAfterMs, List<String> extraArgs, List<Tool> tools) {}

  static List<Scenario> scenarios(Suite s) {
    List<Tool> all = List.of(Tool.a, Tool.b, Tool.c, Tool.cr);
    // On a passing suite b = a and cr = c: those options only matter once something fails.
    List<Tool> passing = List.of(Tool.a, Tool.c);
    if (s == HEADLINE) {
      return List.of(
          // One test of 200 ms: what Maven, the fork and the tool cost whatever the suite.
          new Scenario("1 test (fixed cost)", -1, 0, List.of("-Dtest=G000Test#t00"), passing),
          new Scenario("pass", -1, 0, List.of(), passing),
          new Scenario("fail early", 0, 50, List.of(), List.of(Tool.a, Tool.b, Tool.b5, Tool.c, Tool.cr)),
          new Scenario("fail midway", s.expectedMs / 2, 50, List.of(), all),
          new Scenario("fail late", s.expectedMs * 9 / 10, 50, List.of(), all));
    }
    if (s == CPU) {
      return List.of(new Scenario("pass", -1, 0, List.of(), passing),
          new Scenario("fail midway", s.expectedMs / 2, 50, List.of(), all));
    }
    // One group: scope=run is scope=group.
    return List.of(new Scenario("fail after 1 s", 0, 1000, List.of(), List.of(Tool.b, Tool.c)));
  }

  record Cell(Suite suite, String scenario, long failAtMs, long failAfterMs, List<String> extraArgs, Tool tool) {
    String key() { return suite.name + "/" + scenario + "/" + tool; }
  }

  /** goalMs: the part of redMs after the test goal started (Maven's own start-up is the same for all tools). */
  record Run(Cell cell, int rep, long wallMs, long redMs, long goalMs, boolean buildFailed, long rssKb, Counts counts,
      int maxConcurrent, double otherCores, Path log) {}

  record Counts(int tests, int failures, int errors, int skipped, int stopped) {
    int ran() { return tests - skipped; }
  }

  // ---- main -------------------------------------------------------------------------------

  public static void main(String[] args) throws Exception {
    boolean quick = Arrays.asList(args).contains("--quick");
    boolean withFailfast = !Arrays.asList(args).contains("--no-failfast");
    int runs = quick ? 1 : 5;
    Set<String> only = new HashSet<>(List.of("headline", "cpu", "long", "latency", "scale"));
    for (String a : args) {
      if (a.startsWith("--runs=")) runs = Integer.parseInt(a.substring(7));
      if (a.startsWith("--only=")) only = new HashSet<>(List.of(a.substring(7).split(",")));
      if (a.startsWith("--scenarios=")) scenarioFilter = new HashSet<>(List.of(a.substring(12).split(",")));
      if (a.startsWith("--retries=")) maxRetries = Integer.parseInt(a.substring(10));
      if (a.startsWith("--wait-load")) waitForLoad(a.contains("=") ? Double.parseDouble(a.substring(a.indexOf('=') + 1)) : 1.0);
    }
    base = Files.exists(Path.of("it/benchmark/Benchmark.java")) ? Path.of("it/benchmark").toAbsolutePath()
        : Path.of("").toAbsolutePath();
    work = base.resolve("target");
    deleteTree(work.resolve("logs"));
    Files.createDirectories(work.resolve("logs"));

    if (withFailfast && !Files.isDirectory(m2().resolve("dev/failfast/failfast-maven-plugin/" + FAILFAST))) {
      System.out.println("failfast-maven-plugin " + FAILFAST + " is not in ~/.m2: run `mvn -B install -DskipTests` first,"
          + " or pass --no-failfast to measure Surefire alone");
      System.exit(2);
    }
    privateRepository(withFailfast);
    long started = System.nanoTime();
    header(String.join(" ", args), runs);
    int targetsAt = MD.length();

    List<Suite> suites = new ArrayList<>();
    if (only.contains("headline")) suites.add(HEADLINE);
    if (only.contains("cpu")) suites.add(CPU);
    if (only.contains("long")) suites.add(LONG);
    for (Suite s : suites) {
      generate(s, false);
      if (withFailfast) generate(s, true);
    }
    if (suites.contains(HEADLINE)) generate(HEADLINE, false, junit5Dir(HEADLINE), JUNIT5);
    if (only.contains("latency") && withFailfast) generateLatency();
    if (only.contains("scale")) {
      generate(SCALE, false);
      if (withFailfast) generate(SCALE, true);
    }
    warmUp();

    // Time to red and overhead: all cells, interleaved.
    List<Cell> cells = new ArrayList<>();
    for (Suite s : suites) {
      for (Scenario sc : scenarios(s)) {
        if (scenarioFilter != null && !scenarioFilter.contains(sc.name)) continue;
        for (Tool t : sc.tools) {
          if (withFailfast || !t.failfast()) cells.add(new Cell(s, sc.name, sc.failAtMs, sc.failAfterMs, sc.extraArgs, t));
        }
      }
    }
    for (int rep = 0; rep < runs; rep++) {
      // Rotate the order each repetition so no tool always runs right after the same neighbour.
      for (int i = 0; i < cells.size(); i++) {
        Cell cell = cells.get((i + rep * 3) % cells.size());
        // Other work on this shared machine skews a run; such a run is taken again (twice at most).
        Run run = runCell(cell, rep);
        // A total budget of retries keeps the benchmark within its time under sustained load.
        for (int retry = 0; retry < 2 && run.otherCores > NOISY && retried < maxRetries; retry++) {
          retried++;
          run = runCell(cell, rep);
        }
        RUNS.add(run);
      }
    }
    for (Suite s : suites) timeTable(s);
    for (Suite s : suites) timeTargets(s);

    if (only.contains("latency") && withFailfast) latency(quick ? 1 : 4); // 4 x 250 groups: 1,000 cancellations
    if (only.contains("scale")) scale(withFailfast);

    List<Double> other = RUNS.stream().map(Run::otherCores).sorted().toList();
    MD.append(String.format("%nBenchmark took %.1f min; 1-minute load average at the end: %s. CPU taken by other work on the"
        + " machine during the measured runs (all CPU time minus the benchmark's own process tree, per run): median %.2f,"
        + " max %.2f cores; %d time-to-red runs were taken again because other work took more than %.2f cores during them.%n",
        (System.nanoTime() - started) / 6e10, loadAverage(),
        other.isEmpty() ? 0 : other.get(other.size() / 2), other.isEmpty() ? 0 : other.get(other.size() - 1), retried, NOISY));
    MD.insert(targetsAt, "\n### SPEC §7 targets\n\n| target | this run | |\n|---|---|---|\n" + String.join("", TARGETS));
    writeResults();
    System.out.println();
    System.out.println(MD);
  }

  // ---- running Maven ----------------------------------------------------------------------

  static Run runCell(Cell cell, int rep) throws Exception {
    Path project = cell.tool == Tool.b5 ? junit5Dir(cell.suite) : projectDir(cell.suite, cell.tool.failfast());
    List<String> cmd = new ArrayList<>(List.of("mvn", "-B", "-o"));
    if (cell.tool == Tool.b || cell.tool == Tool.b5) cmd.add("-Dsurefire.skipAfterFailureCount=1");
    if (cell.tool == Tool.cr) cmd.add("-Dfailfast.scope=run");
    cmd.addAll(cell.extraArgs);
    cmd.add(cell.tool.failfast() ? "failfast:run" : "test");
    Run run = mvn(project, cmd, Map.of("BENCH_FAIL_AT_MS", String.valueOf(cell.failAtMs),
        "BENCH_FAIL_AFTER_MS", String.valueOf(cell.failAfterMs)), cell, rep);
    boolean expectFailure = cell.failAtMs >= 0;
    System.out.printf("%-34s rep %d: wall %6.2f s, red %6.2f s, %s, ran %d/%d, rss %d MB, conc %d, other %.2f cores%s%n",
        cell.key(), rep, run.wallMs / 1e3, run.redMs / 1e3, run.buildFailed ? "FAILURE" : "SUCCESS",
        run.counts.ran(), run.counts.tests, run.rssKb / 1024, run.maxConcurrent, run.otherCores,
        run.buildFailed == expectFailure ? "" : "   <-- unexpected build result, see " + run.log);
    return run;
  }

  /** Runs one Maven invocation, timing its exit and its BUILD line, polling the fork's peak RSS. */
  static Run mvn(Path project, List<String> cmd, Map<String, String> env, Cell cell, int rep) throws Exception {
    Path reports = project.resolve("target/surefire-reports");
    deleteTree(reports);
    Path stats = project.resolve("target/bench-stats.txt");
    Files.deleteIfExists(stats);
    String name = (cell == null ? project.getFileName().toString() : cell.key().replace('/', '_').replace(' ', '-')) + "-" + rep;
    Path log = work.resolve("logs").resolve(name + ".log");
    List<String> command = new ArrayList<>(cmd);
    command.add(1, "-Dmaven.repo.local=" + repo);
    ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.environment().put("BENCH_STATS", stats.toString());
    long[] cpu0 = cpuTicks();
    long t0 = System.nanoTime();
    Process p = pb.start();
    AtomicLong rss = new AtomicLong();
    Thread poller = new Thread(() -> pollRss(p, rss), "rss-poller");
    poller.setDaemon(true);
    poller.start();
    long red = -1;
    long goalStart = -1;
    boolean failed = false;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        BufferedWriter out = Files.newBufferedWriter(log)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (goalStart < 0 && TEST_GOAL.matcher(line).find()) goalStart = System.nanoTime() - t0;
        if (red < 0 && (line.contains("BUILD FAILURE") || line.contains("BUILD SUCCESS"))) {
          red = System.nanoTime() - t0;
          failed = line.contains("BUILD FAILURE");
        }
        out.write(String.format("%8.3f %s%n", (System.nanoTime() - t0) / 1e9, line)); // seconds since start
      }
    }
    p.waitFor();
    long wall = System.nanoTime() - t0;
    long[] cpu1 = cpuTicks();
    double otherCores = ((cpu1[0] - cpu0[0]) - (cpu1[1] - cpu0[1])) / (double) TICKS_PER_SECOND / (wall / 1e9);
    poller.interrupt();
    poller.join();
    if (red < 0) red = wall;
    int maxConc = Files.exists(stats) ? Integer.parseInt(Files.readString(stats).trim()) : -1;
    long goal = goalStart < 0 ? red : red - goalStart;
    return new Run(cell, rep, wall / 1_000_000, red / 1_000_000, goal / 1_000_000, failed || p.exitValue() != 0, rss.get(),
        counts(reports), maxConc, Math.max(0, otherCores), log);
  }

  /** Maven's line for the mojo that runs the tests; what comes before it is the same for every tool. */
  static final Pattern TEST_GOAL = Pattern.compile("--- (maven-surefire-plugin|failfast-maven-plugin):[^:]+:(test|run) ");

  static final int TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux x86-64 and arm64

  /**
   * [CPU ticks all processes used, ticks this JVM and its waited-for children (Maven, its fork) used].
   * Their difference over a run is what other work on the machine took from it; the load average
   * cannot tell that apart, since the benchmark itself keeps both cores busy.
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

  /** The test JVM is a java process below the Maven JVM; VmHWM is its own peak, so polling suffices. */
  static void pollRss(Process p, AtomicLong peakKb) {
    while (!Thread.currentThread().isInterrupted() && p.isAlive()) {
      p.toHandle().descendants().forEach(h -> {
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

  static final Pattern SUITE_ATTRS = Pattern.compile("<testsuite\\b([^>]*)>");

  /** Totals over the TEST-*.xml reports; stopped = skipped whose message starts with "stopped:". */
  static Counts counts(Path reports) throws IOException {
    int tests = 0, failures = 0, errors = 0, skipped = 0, stopped = 0;
    if (!Files.isDirectory(reports)) return new Counts(0, 0, 0, 0, 0);
    try (Stream<Path> files = Files.list(reports)) {
      for (Path f : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).toList()) {
        String xml = Files.readString(f);
        tests += occurrences(xml, "<testcase ");
        failures += occurrences(xml, "<failure");
        errors += occurrences(xml, "<error");
        skipped += occurrences(xml, "<skipped");
        stopped += occurrences(xml, "<skipped message=\"stopped:");
      }
    }
    return new Counts(tests, failures, errors, skipped, stopped);
  }

  static int occurrences(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) n++;
    return n;
  }

  static void warmUp() throws Exception {
    // Online once per project, so every plugin, provider and launcher is in the local repository and
    // the test classes are compiled; the timed runs are offline (-o). One test each keeps it short.
    System.out.println("warm-up: compiling the generated projects and resolving plugins ...");
    for (Path dir : GENERATED) {
      boolean failfast = dir.getFileName().toString().contains("failfast") || dir.endsWith("latency");
      String test = dir.endsWith("latency") ? "-Dtest=Lat000Test" : "-Dtest=G000Test#t00";
      Run r = mvn(dir, List.of("mvn", "-B", failfast ? "failfast:run" : "test", test), Map.of("BENCH_FAIL_AT_MS", "-1"), null, 0);
      // Latency groups fail on purpose; everything else must pass.
      if (r.counts.tests == 0 || (r.buildFailed && !dir.endsWith("latency"))) {
        throw new IllegalStateException("warm-up failed in " + dir + ", see " + r.log);
      }
    }
  }

  // ---- latency ----------------------------------------------------------------------------

  static final String[] KINDS = {"sleep", "wait", "join", "queue", "socket"};
  static final int LATENCY_GROUPS_PER_KIND = 50;

  /** Many small groups, each cancelled once while three members are blocked; see Support.Group. */
  static void latency(int runs) throws Exception {
    Path project = work.resolve("projects/latency");
    Map<String, List<Long>> plugin = new TreeMap<>(), own = new TreeMap<>();
    int fallbacks = 0, partial = 0, samples = 0;
    Cell cell = new Cell(new Suite("latency", 0, 0, 8, "", 0), "cancel", 0, 0, List.of(), Tool.c);
    for (int rep = 0; rep < runs; rep++) {
      Path out = project.resolve("target/bench-latency.txt");
      Files.deleteIfExists(out);
      Run run = mvn(project, List.of("mvn", "-B", "-o", "failfast:run"),
          Map.of("BENCH_LATENCY_OUT", out.toString()), cell, rep);
      RUNS.add(run);
      Map<String, Long> fromSummary = summaryLatencies(project.resolve("target/surefire-reports/failfast-summary.json"));
      System.out.printf("latency rep %d: wall %.2f s, %d cancelled groups in failfast-summary.json%n",
          rep, run.wallMs / 1e3, fromSummary.size());
      fromSummary.forEach((group, nanos) -> plugin.computeIfAbsent(kindOf(group), k -> new ArrayList<>()).add(nanos));
      samples += fromSummary.size();
      if (Files.exists(out)) {
        for (String line : Files.readAllLines(out)) { // group kind throwNanos lastReturnNanos blockedAtThrow fallback
          String[] f = line.split(" ");
          own.computeIfAbsent(f[1], k -> new ArrayList<>()).add(Math.max(0, Long.parseLong(f[3]) - Long.parseLong(f[2])));
          if (Integer.parseInt(f[4]) < 3) partial++;
          if (Boolean.parseBoolean(f[5])) fallbacks++;
        }
      }
    }
    MD.append("\n### Cancel latency (fatal throw to the last running member's return)\n\n");
    MD.append(String.format("failfast:run, threads 8, %d runs of %d groups (%d per blocking kind, plus 2 blocked in a plain"
        + " `java.net.Socket` read); each group: 3 members blocked, then a 4th throws. %d cancellations in"
        + " failfast-summary.json; %d groups had fewer than 3 members blocked at the throw, %d needed the 2 s fallback"
        + " throw (a blocked member ending its wait itself).%n%n",
        runs, KINDS.length * LATENCY_GROUPS_PER_KIND + 2, LATENCY_GROUPS_PER_KIND, samples, partial, fallbacks));
    MD.append("| blocked in | n | median (summary) | p99 (summary) | max (summary) | median (tests' own clock) | p99 (tests' own clock) |\n");
    MD.append("|---|---:|---:|---:|---:|---:|---:|\n");
    List<Long> allPlugin = new ArrayList<>(), allOwn = new ArrayList<>();
    for (String kind : plugin.keySet()) {
      List<Long> p = plugin.get(kind), o = own.getOrDefault(kind, List.of());
      if (!kind.equals("plainsocket")) {
        allPlugin.addAll(p);
        allOwn.addAll(o);
      }
      MD.append(latencyRow(kind, p, o));
    }
    MD.append(latencyRow("**all SPEC kinds**", allPlugin, allOwn));
    target("cancel latency: median ≤ 5 ms, p99 ≤ 20 ms", String.format("median %s, p99 %s over %d cancellations",
        ms(pct(allPlugin, 50)), ms(pct(allPlugin, 99)), allPlugin.size()),
        pct(allPlugin, 50) <= 5e6 && pct(allPlugin, 99) <= 20e6);
    MD.append("\nSPEC §7 target: median ≤ 5 ms, p99 ≤ 20 ms over sleep, wait, join, blocking queue and socket read.\n");
  }

  static String latencyRow(String kind, List<Long> p, List<Long> o) {
    return String.format("| %s | %d | %s | %s | %s | %s | %s |%n", kind, p.size(), ms(pct(p, 50)), ms(pct(p, 99)),
        ms(pct(p, 100)), ms(pct(o, 50)), ms(pct(o, 99)));
  }

  static String kindOf(String group) {
    String[] parts = group.split("-");
    return parts.length >= 2 ? parts[1] : group;
  }

  static final Pattern GROUP_JSON = Pattern.compile(
      "\"name\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"outcome\"\\s*:\\s*\"cancelled\"[^{}]*?\\{[^{}]*\\}[^{}]*?\"cancelLatencyNanos\"\\s*:\\s*(\\d+)");

  /** group name → cancelLatencyNanos for the cancelled groups of a failfast-summary.json. */
  static Map<String, Long> summaryLatencies(Path summary) throws IOException {
    Map<String, Long> result = new TreeMap<>();
    if (!Files.exists(summary)) return result;
    Matcher m = GROUP_JSON.matcher(Files.readString(summary));
    while (m.find()) result.put(m.group(1), Long.parseLong(m.group(2)));
    return result;
  }

  static void generateLatency() throws IOException {
    Path dir = work.resolve("projects/latency");
    deleteTree(dir.resolve("src"));
    writePom(dir, "latency", true, 8, "", JUNIT);
    writeSupport(dir);
    int n = 0;
    List<String> kinds = new ArrayList<>();
    for (int i = 0; i < LATENCY_GROUPS_PER_KIND; i++) kinds.addAll(List.of(KINDS));
    kinds.addAll(List.of("plainsocket", "plainsocket"));
    for (String kind : kinds) {
      String cls = String.format("Lat%03dTest", n);
      String group = String.format("lat-%s-%03d", kind, n++);
      // Groups one after another (the class's own @Execution wins over the one @FailFastGroup carries),
      // members of a group at once: otherwise Jupiter's fork-join pool gives each of 8 workers a class
      // and runs that class's methods one by one on it, so a group would rarely have 3 members blocked.
      StringBuilder src = new StringBuilder("package bench;\n\nimport org.junit.jupiter.api.*;\n")
          .append("import org.junit.jupiter.api.parallel.*;\n\n")
          .append("@dev.failfast.junit.FailFastGroup(\"").append(group).append("\")\n")
          .append("@Execution(ExecutionMode.SAME_THREAD)\nclass ").append(cls).append(" {\n")
          .append("  static final Support.Group G = new Support.Group(\"").append(group).append("\", \"").append(kind)
          .append("\");\n\n  @AfterAll static void record() throws Exception { G.record(); }\n");
      for (int t = 0; t < 4; t++) {
        src.append("\n  @Test @Execution(ExecutionMode.CONCURRENT) void m").append(t).append("() throws Exception { G.member(); }\n");
      }
      src.append("}\n");
      write(dir.resolve("src/test/java/bench/" + cls + ".java"), src.toString());
    }
  }

  // ---- scale ------------------------------------------------------------------------------

  static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  /** One run per tool: the scale case asks whether it completes and what it costs, not for a spread. */
  static void scale(boolean withFailfast) throws Exception {
    List<Tool> tools = withFailfast ? List.of(Tool.a, Tool.c) : List.of(Tool.a);
    List<String> rows = new ArrayList<>();
    for (Tool tool : tools) {
      Path project = projectDir(SCALE, tool.failfast());
      Path gc = project.resolve("target/gc-fork.log");
      Files.deleteIfExists(gc);
      Cell cell = new Cell(SCALE, "pass", -1, 0, List.of(), tool);
      Run run = mvn(project, List.of("mvn", "-B", "-o", tool.failfast() ? "failfast:run" : "test"),
          Map.of("BENCH_FAIL_AT_MS", "-1"), cell, 0);
      RUNS.add(run);
      int peakHeap = 0, liveHeap = 0, maxHeap = 0;
      if (Files.exists(gc)) {
        for (String line : Files.readAllLines(gc)) {
          Matcher m = GC_LINE.matcher(line);
          if (m.find()) {
            peakHeap = Math.max(peakHeap, Integer.parseInt(m.group(1)));
            liveHeap = Math.max(liveHeap, Integer.parseInt(m.group(2)));
            maxHeap = Math.max(maxHeap, Integer.parseInt(m.group(3)));
          }
        }
      }
      double[] spread = reportSpread(project.resolve("target/surefire-reports"));
      String row = String.format("| %s | %s | %.2f | %d | %d / %d / %d | %d | %.0f ms (%d files) | %.2f |%n",
          tool.label, run.buildFailed ? "FAILURE" : "SUCCESS", run.wallMs / 1e3, run.counts.tests,
          peakHeap, liveHeap, maxHeap, run.rssKb / 1024, spread[0], (int) spread[1], run.otherCores);
      rows.add(row);
      if (tool.failfast()) {
        target("10,000 tests in 200 groups: runs, reports completely, fork heap ≤ 256 MB, reports written in < 1 s",
            String.format("%s, %d testcases, -Xmx256m (live heap after GC ≤ %d MB), reports in %.0f ms",
                run.buildFailed ? "FAILURE" : "SUCCESS", run.counts.tests, liveHeap, spread[0]),
            !run.buildFailed && run.counts.tests == 10_000 && maxHeap <= 256 && spread[0] < 1000);
      }
      System.out.print("scale " + row);
    }
    MD.append("\n### Scale: 10,000 tests in 200 groups (200 classes × 50 trivial tests), threads 8, argLine -Xmx256m\n\n");
    MD.append("| tool | result | wall s | testcases in XML | fork heap MB: used before a GC / live after a GC / committed (GC log, max) | fork peak RSS MB | report files written within | other work, cores |\n");
    MD.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    rows.forEach(MD::append);
    MD.append("\n\"report files written within\": last modification time minus first among TEST-*.xml and failfast-summary.json."
        + " Surefire writes each class's file as the class finishes, so its figure is most of the run; failfast writes"
        + " them all once the test JVM has ended, so its figure is the time to write them.\n");
  }

  /** [ms between the first and last report file's modification, number of files]. */
  static double[] reportSpread(Path reports) throws IOException {
    if (!Files.isDirectory(reports)) return new double[] {0, 0};
    List<Long> times = new ArrayList<>();
    try (Stream<Path> files = Files.list(reports)) {
      for (Path f : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml|failfast-summary\\.json")).toList()) {
        times.add(Files.getLastModifiedTime(f).to(TimeUnit.MICROSECONDS));
      }
    }
    if (times.isEmpty()) return new double[] {0, 0};
    return new double[] {(Collections.max(times) - Collections.min(times)) / 1e3, times.size()};
  }

  // ---- generation -------------------------------------------------------------------------

  static Path projectDir(Suite s, boolean grouped) {
    return work.resolve("projects/" + s.name + (grouped ? "-failfast" : "-surefire"));
  }

  static Path junit5Dir(Suite s) {
    return work.resolve("projects/" + s.name + "-surefire-junit5");
  }

  static void generate(Suite s, boolean grouped) throws IOException {
    generate(s, grouped, projectDir(s, grouped), JUNIT);
  }

  static void generate(Suite s, boolean grouped, Path dir, String junit) throws IOException {
    deleteTree(dir.resolve("src"));
    String argLine = s == SCALE ? "-Xmx256m -Xlog:gc:file=" + dir.resolve("target/gc-fork.log") : "";
    writePom(dir, dir.getFileName().toString(), grouped, s.threads, argLine, junit);
    writeSupport(dir);
    int t = 0;
    for (int g = 0; g < s.groups; g++) {
      String cls = String.format("G%03dTest", g);
      StringBuilder src = new StringBuilder("package bench;\n\nimport org.junit.jupiter.api.Test;\n\n");
      if (grouped) src.append(String.format("@dev.failfast.junit.FailFastGroup(\"%s-%03d\")%n", s.name, g));
      src.append("class ").append(cls).append(" {\n");
      for (int i = 0; i < s.tests; i++, t++) {
        src.append(String.format("  @Test void t%02d() throws Exception { %s }%n", i, String.format(s.body, t)));
      }
      src.append("}\n");
      write(dir.resolve("src/test/java/bench/" + cls + ".java"), src.toString());
    }
  }

  static void writePom(Path dir, String artifact, boolean grouped, int threads, String argLine, String junit)
      throws IOException {
    GENERATED.add(dir);
    String failfastDep = grouped ? """
            <dependency>
              <groupId>dev.failfast</groupId>
              <artifactId>failfast-junit-extension</artifactId>
              <version>%s</version>
              <scope>test</scope>
            </dependency>
        """.formatted(FAILFAST) : "";
    String failfastPlugin = grouped ? """
              <plugin>
                <groupId>dev.failfast</groupId>
                <artifactId>failfast-maven-plugin</artifactId>
                <version>%s</version>
                <configuration>
                  <threads>%d</threads>
                  <argLine>%s</argLine>
                </configuration>
              </plugin>
        """.formatted(FAILFAST, threads, argLine) : "";
    write(dir.resolve("pom.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Generated by it/benchmark/Benchmark.java; regenerated on every run. -->
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>bench</groupId>
          <artifactId>%s</artifactId>
          <version>1</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencyManagement>
            <dependencies>
              <dependency>
                <groupId>org.junit</groupId>
                <artifactId>junit-bom</artifactId>
                <version>%s</version>
                <type>pom</type>
                <scope>import</scope>
              </dependency>
            </dependencies>
          </dependencyManagement>
          <dependencies>
            <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <scope>test</scope>
            </dependency>
        %s  </dependencies>
          <build>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-resources-plugin</artifactId>
                <version>3.3.1</version>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.14.1</version>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-surefire-plugin</artifactId>
                <version>%s</version>
                <configuration>
                  <argLine>%s</argLine>
                  <properties>
                    <configurationParameters>
                      junit.jupiter.execution.parallel.enabled = true
                      junit.jupiter.execution.parallel.mode.default = concurrent
                      junit.jupiter.execution.parallel.mode.classes.default = concurrent
                      junit.jupiter.execution.parallel.config.strategy = fixed
                      junit.jupiter.execution.parallel.config.fixed.parallelism = %d
                    </configurationParameters>
                  </properties>
                </configuration>
              </plugin>
        %s    </plugins>
          </build>
        </project>
        """.formatted(artifact, junit, failfastDep, SUREFIRE, argLine, threads, failfastPlugin));
  }

  /** The tests' shared code, the same in every generated project. */
  static void writeSupport(Path dir) throws IOException {
    write(dir.resolve("src/test/java/bench/Support.java"), """
        package bench;

        import java.io.*;
        import java.lang.management.*;
        import java.net.*;
        import java.nio.ByteBuffer;
        import java.nio.channels.*;
        import java.nio.file.*;
        import java.util.concurrent.*;
        import java.util.concurrent.atomic.*;

        /** Generated by it/benchmark/Benchmark.java. */
        final class Support {
          /** From the benchmark: a test starting this many ms after the first test began fails (once); -1: none. */
          static final long FAIL_AT_MS = Long.parseLong(System.getenv().getOrDefault("BENCH_FAIL_AT_MS", "-1"));
          /** ... and it throws this many ms after it started. */
          static final long FAIL_AFTER_MS = Long.parseLong(System.getenv().getOrDefault("BENCH_FAIL_AFTER_MS", "50"));
          static final AtomicLong T0 = new AtomicLong();
          static final AtomicBoolean FIRED = new AtomicBoolean();
          static final AtomicInteger RUNNING = new AtomicInteger(), MAX_RUNNING = new AtomicInteger();
          static final BlockingQueue<Object> NOTHING = new LinkedBlockingQueue<>();
          static volatile long sink;

          static {
            // How many tests ran at once: checks that every tool really used the same thread count.
            String stats = System.getenv("BENCH_STATS");
            if (stats != null) {
              Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                  Files.writeString(Path.of(stats), MAX_RUNNING.get() + "\\n");
                } catch (IOException ignored) {
                }
              }));
            }
          }

          private static void begin() {
            long now = System.nanoTime();
            T0.compareAndSet(0, now);
            MAX_RUNNING.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
            if (FAIL_AT_MS >= 0 && (now - T0.get()) / 1_000_000 >= FAIL_AT_MS && FIRED.compareAndSet(false, true)) {
              RUNNING.decrementAndGet();
              sleepQuietly(FAIL_AFTER_MS);
              throw new IllegalStateException("backend down (the benchmark's fatal failure)");
            }
          }

          /** Blocks {@code ms} in sleep, a blocking queue or a loopback socket read, by test number. */
          static void blocking(int n, long ms) throws Exception {
            begin();
            try {
              switch (n % 3) {
                case 0 -> Thread.sleep(ms);
                case 1 -> NOTHING.poll(ms, TimeUnit.MILLISECONDS);
                default -> channelRead(ms);
              }
            } finally {
              RUNNING.decrementAndGet();
            }
          }

          /** Burns {@code ms} of this thread's CPU time; like real CPU-bound code it never looks at interrupts. */
          static void cpu(long ms) {
            begin();
            try {
              ThreadMXBean bean = ManagementFactory.getThreadMXBean();
              long end = bean.getCurrentThreadCpuTime() + ms * 1_000_000;
              long x = sink;
              while (bean.getCurrentThreadCpuTime() < end) {
                for (int i = 0; i < 20_000; i++) x = x * 6364136223846793005L + 1442695040888963407L;
              }
              sink = x;
            } finally {
              RUNNING.decrementAndGet();
            }
          }

          static void trivial(int n) {
            begin();
            sink += n;
            RUNNING.decrementAndGet();
          }

          static void sleepQuietly(long ms) {
            try {
              Thread.sleep(ms);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }

          // ---- a loopback server that answers one byte after the delay the client asks for ----

          private static volatile InetSocketAddress server;

          static synchronized InetSocketAddress server() throws IOException {
            if (server == null) {
              ServerSocket ss = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
              ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, r -> daemon(r, "bench-reply"));
              Thread accept = daemon(() -> {
                while (true) {
                  Socket s;
                  try {
                    s = ss.accept();
                  } catch (IOException e) {
                    return;
                  }
                  try {
                    int delay = new DataInputStream(s.getInputStream()).readInt();
                    timer.schedule(() -> {
                      try (s) {
                        s.getOutputStream().write(1);
                      } catch (IOException ignored) {
                        // the client was interrupted and closed its end
                      }
                    }, delay, TimeUnit.MILLISECONDS);
                  } catch (IOException e) {
                    // a client interrupted before it asked: drop it, keep serving the others
                    try {
                      s.close();
                    } catch (IOException ignored) {
                    }
                  }
                }
              }, "bench-accept");
              accept.start();
              server = (InetSocketAddress) ss.getLocalSocketAddress();
            }
            return server;
          }

          static Thread daemon(Runnable r, String name) {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
          }

          /** An interruptible read: an interrupt closes the channel and ends the read at once. */
          static void channelRead(long delayMs) throws IOException {
            try (SocketChannel ch = SocketChannel.open(server())) {
              ch.write(ByteBuffer.allocate(4).putInt(0, (int) delayMs));
              ByteBuffer one = ByteBuffer.allocate(1);
              while (one.hasRemaining() && ch.read(one) >= 0) {
              }
            }
          }

          /** A plain java.net.Socket read: on JDK 17-25 an interrupt does not end it (platform threads). */
          static void plainSocketRead(long delayMs) throws IOException {
            try (Socket s = new Socket(server().getAddress(), server().getPort())) {
              new DataOutputStream(s.getOutputStream()).writeInt((int) delayMs);
              s.getInputStream().read();
            }
          }

          // ---- latency groups ----

          /**
           * One fail-fast group of 4 members: the first 3 to start block (in their kind, for at most 2 s); the
           * 4th waits 5 ms so they are parked, notes the time and throws. A blocked member whose wait ends
           * without an interrupt throws itself, so a group whose 4th member cannot get a thread still ends.
           */
          static final class Group {
            final String name, kind;
            final AtomicInteger started = new AtomicInteger(), blocked = new AtomicInteger();
            final AtomicBoolean thrown = new AtomicBoolean();
            volatile long throwAt, lastReturn;
            volatile int blockedAtThrow;
            volatile boolean fallback;

            Group(String name, String kind) {
              this.name = name;
              this.kind = kind;
            }

            void member() throws Exception {
              if (started.incrementAndGet() == 4) {
                Thread.sleep(5);
                fatal(false);
              }
              blocked.incrementAndGet();
              try {
                switch (kind) {
                  case "sleep" -> Thread.sleep(2000);
                  case "wait" -> {
                    Object lock = new Object();
                    synchronized (lock) {
                      lock.wait(2000);
                    }
                  }
                  case "join" -> {
                    Thread other = daemon(() -> sleepQuietly(2000), "bench-joined");
                    other.start();
                    try {
                      other.join(2000);
                    } finally {
                      other.interrupt();
                    }
                  }
                  case "queue" -> NOTHING.poll(2000, TimeUnit.MILLISECONDS);
                  case "socket" -> channelRead(2000);
                  case "plainsocket" -> plainSocketRead(1000);
                  default -> throw new IllegalArgumentException(kind);
                }
                if (!thrown.get()) fatal(true);
              } finally {
                blocked.decrementAndGet();
                synchronized (this) {
                  lastReturn = Math.max(lastReturn, System.nanoTime());
                }
              }
            }

            private void fatal(boolean byFallback) {
              if (thrown.compareAndSet(false, true)) {
                fallback = byFallback;
                blockedAtThrow = blocked.get();
                throwAt = System.nanoTime();
                throw new IllegalStateException("fatal failure in " + name);
              }
            }

            synchronized void record() throws IOException {
              String out = System.getenv("BENCH_LATENCY_OUT");
              if (out == null || throwAt == 0) return;
              String line = name + " " + kind + " " + throwAt + " " + Math.max(lastReturn, throwAt) + " "
                  + blockedAtThrow + " " + fallback + "\\n";
              synchronized (Support.class) {
                Files.writeString(Path.of(out), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
              }
            }
          }
        }
        """);
  }

  // ---- tables -----------------------------------------------------------------------------

  static void timeTable(Suite s) {
    MD.append(String.format("%n### %s: %d groups × %d tests, threads %d (%s)%n%n", s.name, s.groups, s.tests, s.threads,
        s == HEADLINE ? "each test blocks 200 ms in sleep / blocking queue / loopback SocketChannel read, in rotation"
            : s == LONG ? "each test blocks 10 s in sleep / blocking queue / loopback SocketChannel read, in rotation"
            : "each test burns 100 ms of its thread's CPU time and never checks for interrupts"));
    MD.append("| scenario | tool | n | wall s, median [min–max] | time to red s, median [min–max] | red vs a | red vs b | in the test goal s (vs b) | tests ran / stopped+skipped of total | failed+errors | fork peak RSS MB | max tests at once | other work, cores (max) |\n");
    MD.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    Map<String, List<Run>> byCell = runsByCell(s);
    List<String> keys = new ArrayList<>(byCell.keySet());
    List<String> order = scenarios(s).stream().map(Scenario::name).toList();
    keys.sort(Comparator.comparing((String k) -> order.indexOf(byCell.get(k).get(0).cell.scenario))
        .thenComparing(k -> byCell.get(k).get(0).cell.tool));
    for (String key : keys) {
      List<Run> runs = byCell.get(key);
      Cell cell = runs.get(0).cell;
      List<Long> wall = runs.stream().map(Run::wallMs).toList(), red = runs.stream().map(Run::redMs).toList();
      String vsA = ratio(red, byCell.get(s.name + "/" + cell.scenario + "/a"));
      String vsB = ratio(red, byCell.get(s.name + "/" + cell.scenario + "/b"));
      List<Long> goal = runs.stream().map(Run::goalMs).toList();
      List<Run> b = byCell.get(s.name + "/" + cell.scenario + "/b");
      String goalVsB = b == null ? "" : String.format(" (%.2f)", median(goal) / median(b, Run::goalMs));
      Counts c = runs.get(runs.size() / 2).counts;
      String ran = runs.stream().map(r -> String.valueOf(r.counts.ran())).distinct().collect(Collectors.joining(","));
      String notRan = runs.stream().map(r -> String.valueOf(r.counts.skipped)).distinct().collect(Collectors.joining(","));
      long unexpected = runs.stream().filter(r -> r.buildFailed != (cell.failAtMs >= 0)).count();
      String bad = runs.stream().map(r -> String.valueOf(r.counts.failures + r.counts.errors)).distinct()
          .collect(Collectors.joining(","));
      MD.append(String.format("| %s%s | %s | %d | %s | %s | %s | %s | %.2f%s | %s / %s of %d | %s | %s | %s | %.2f |%n", cell.scenario,
          cell.failAtMs > 0 ? " (" + cell.failAtMs + " ms)" : "", cell.tool.label, runs.size(), spread(wall), spread(red),
          cell.tool == Tool.a ? "1" : vsA, cell.tool == Tool.b ? "1" : vsB, median(goal) / 1e3, goalVsB, ran, notRan, c.tests, bad,
          median(runs.stream().map(r -> r.rssKb / 1024).toList()),
          runs.stream().map(r -> String.valueOf(r.maxConcurrent)).distinct().collect(Collectors.joining(",")),
          runs.stream().mapToDouble(Run::otherCores).max().orElse(0))
          .replace(" |\n", unexpected > 0 ? " (" + unexpected + " run(s) with an unexpected build result) |\n" : " |\n"));
    }
    MD.append("\n\"fail early/midway/late (T ms)\": the first test that starts at least T ms after the suite's first test"
        + " sleeps 50 ms (\"fail after 1 s\": 1 s) and throws IllegalStateException (fatal); ratios are of medians."
        + " On a passing suite b = a and failfast's scope does not matter, so those cells are not run twice."
        + " \"In the test goal\": time to red minus the moment Maven starts surefire:test or failfast:run; what comes"
        + " before (Maven's start-up, reading the pom, the up-to-date resources and compiler goals) is the same for every tool.\n");
  }

  /** The runs of a suite's cells, by {@link Cell#key()}, in the order they were first run. */
  static Map<String, List<Run>> runsByCell(Suite s) {
    return RUNS.stream().filter(r -> r.cell != null && r.cell.suite == s)
        .collect(Collectors.groupingBy(r -> r.cell.key(), LinkedHashMap::new, Collectors.toList()));
  }

  /** SPEC §7, a row per target: what it asks, what this run measured, whether that meets it. */
  static final List<String> TARGETS = new ArrayList<>();

  static void target(String spec, String measured, boolean met) {
    TARGETS.add(String.format("| %s | %s | %s |%n", spec, measured, met ? "met" : "**missed**"));
  }

  /**
   * Time to red against b (failfast with scope=run does what b does: stops the whole run; scope=group
   * keeps the other groups going), and a passing suite's wall time against a.
   */
  static void timeTargets(Suite s) {
    Map<String, List<Run>> byCell = runsByCell(s);
    for (Scenario sc : scenarios(s)) {
      List<Run> a = byCell.get(s.name + "/" + sc.name + "/a"), b = byCell.get(s.name + "/" + sc.name + "/b");
      List<Run> c = byCell.get(s.name + "/" + sc.name + "/c"), cr = byCell.get(s.name + "/" + sc.name + "/cr");
      if (c == null) continue;
      if (sc.failAtMs < 0 && a != null && !sc.name.startsWith("1 test")) {
        double overhead = median(c, Run::wallMs) / median(a, Run::wallMs);
        boolean sameCounts = c.stream().allMatch(r -> r.counts.equals(a.get(0).counts));
        target("passing suite: wall ≤ 1.05 × a, same counts (" + s.name + ")",
            String.format("%.2f, counts %s", overhead, sameCounts ? "equal" : "differ"), overhead <= 1.05 && sameCounts);
      } else if (sc.failAtMs >= 0 && b != null) {
        double red = median(b, Run::redMs);
        double group = median(c, Run::redMs) / red;
        double run = cr == null ? group : median(cr, Run::redMs) / red;
        target("time to red ≤ 0.5 × b (" + s.name + ", " + sc.name + ")", cr == null
            ? String.format("%.2f", group) : String.format("scope=run %.2f, scope=group %.2f", run, group),
            Math.min(run, group) <= 0.5);
      }
    }
  }

  static String ratio(List<Long> x, List<Run> reference) {
    if (reference == null) return "–";
    return String.format("%.2f", median(x) / median(reference, Run::redMs));
  }

  static String spread(List<Long> ms) {
    return String.format("%.2f [%.2f–%.2f]", median(ms) / 1e3, Collections.min(ms) / 1e3, Collections.max(ms) / 1e3);
  }

  static double median(List<Run> runs, ToLongFunction<Run> figure) {
    return median(runs.stream().map(figure::applyAsLong).toList());
  }

  static double median(List<Long> xs) {
    List<Long> s = new ArrayList<>(xs);
    Collections.sort(s);
    int n = s.size();
    return n == 0 ? Double.NaN : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
  }

  /** Nearest-rank percentile; 100 = max. */
  static double pct(List<Long> xs, int p) {
    if (xs.isEmpty()) return Double.NaN;
    List<Long> s = new ArrayList<>(xs);
    Collections.sort(s);
    int rank = (int) Math.ceil(p / 100.0 * s.size());
    return s.get(Math.max(0, Math.min(s.size() - 1, rank - 1)));
  }

  static String ms(double nanos) {
    return Double.isNaN(nanos) ? "–" : String.format("%.2f ms", nanos / 1e6);
  }

  static void header(String args, int runs) throws Exception {
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
        .findFirst().map(l -> l.replaceAll(".*:\\s*", "")).orElse("?");
    String mvnVersion = capture(List.of("mvn", "-v")).lines().filter(l -> l.contains("Apache Maven") || l.contains("Java version"))
        .map(l -> l.replaceAll("\u001B\\[[;\\d]*m", "").trim()).collect(Collectors.joining("; "));
    MD.append("## Benchmark against Surefire\n\n");
    MD.append(String.format("Machine: %d cores (%s), %d GiB RAM; %s; 1-minute load average at the start: %s.%n",
        Runtime.getRuntime().availableProcessors(), cpu,
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() >> 30,
        mvnVersion, loadAverage()));
    MD.append(String.format("Versions: Surefire %s, JUnit %s, failfast %s. Command: `java it/benchmark/Benchmark.java%s`"
        + " (%d run(s) per cell, interleaved).%s%n", SUREFIRE, JUNIT, FAILFAST, args.isEmpty() ? "" : " " + args, runs, failfastBuilt));
    System.out.print(MD);
  }

  /** Waits (at most 30 min) until the 1-minute load average is below {@code max}: other work skews timings. */
  static void waitForLoad(double max) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
    while (Double.parseDouble(loadAverage()) >= max && System.nanoTime() < deadline) {
      System.out.println("waiting for the 1-minute load average (" + loadAverage() + ") to drop below " + max + " ...");
      Thread.sleep(15_000);
    }
  }

  static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }

  static String capture(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  static void writeResults() throws IOException {
    write(work.resolve("results.md"), MD.toString());
    StringBuilder csv = new StringBuilder("suite,scenario,tool,rep,wall_ms,red_ms,goal_ms,build_failed,tests,ran,skipped,stopped,failures,errors,rss_kb,max_concurrent,other_cores\n");
    for (Run r : RUNS) {
      Counts c = r.counts;
      csv.append(String.join(",", r.cell.suite.name, r.cell.scenario, r.cell.tool.name(), String.valueOf(r.rep),
          String.valueOf(r.wallMs), String.valueOf(r.redMs), String.valueOf(r.goalMs), String.valueOf(r.buildFailed), String.valueOf(c.tests),
          String.valueOf(c.ran()), String.valueOf(c.skipped), String.valueOf(c.stopped), String.valueOf(c.failures),
          String.valueOf(c.errors), String.valueOf(r.rssKb), String.valueOf(r.maxConcurrent),
          String.format("%.3f", r.otherCores))).append('\n');
    }
    write(work.resolve("results.csv"), csv.toString());
    System.out.println("wrote " + work.resolve("results.md") + " and results.csv");
  }

  // ---- files ------------------------------------------------------------------------------

  /**
   * The generated projects use a local repository of their own, holding a copy of the failfast
   * artifacts taken now: a `mvn install` of failfast while the benchmark runs (other work on the same
   * machine) would otherwise swap the plugin between, or even during, measured runs. Everything else
   * is resolved from Maven Central into it by the first (online) warm-up run.
   */
  static void privateRepository(boolean withFailfast) throws IOException {
    repo = work.resolve("m2");
    Path target = repo.resolve("dev/failfast");
    deleteTree(target);
    if (!withFailfast) return;
    Path source = m2().resolve("dev/failfast");
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path p : paths.toList()) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to);
        else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    for (String a : List.of("failfast-maven-plugin", "failfast-junit-extension")) {
      Path jar = target.resolve(a + "/" + FAILFAST + "/" + a + "-" + FAILFAST + ".jar");
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
        failfastBuilt += String.format(" %s built %s;", a, Files.getLastModifiedTime(jar).toString().substring(0, 19));
      }
    }
  }

  static Path m2() {
    return Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
