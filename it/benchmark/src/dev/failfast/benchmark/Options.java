package dev.failfast.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's command line.
 *
 * @param runs repetitions per cell (5; --quick: 1)
 * @param scenarios null: all; otherwise only the time-table rows of these names
 * @param retries total budget of noisy runs taken again
 * @param waitLoad 0: do not wait; otherwise first wait (up to 30 min) until the 1-minute load average is below it
 * @param maven the {@code mvn} every build runs with
 * @param localRepo where {@code mvn install} put failfast's artifacts
 * @param realSuite null: no real-suite cell
 * @param realSuiteArgs Maven options for every build of the real suite
 * @param stopTests the unstarted tests of the stop cell (50,000)
 */
record Options(String given, boolean quick, int runs, Set<Part> only, boolean failfast, Set<String> scenarios,
    int retries, double waitLoad, String maven, Path localRepo, Path realSuite, List<String> realSuiteArgs,
    int stopTests) {

  static final int MAX_RUNS = 100;
  static final int STOP_TESTS = 50_000;
  static final int MAX_STOP_TESTS = 1_000_000;

  static final String USAGE = """
      java it/benchmark/Benchmark.java [options]
        --quick                 1 run per cell (default 5)
        --runs=N                N runs per cell, 1 to 100
        --only=PART,...         headline, cpu, long, latency, scale, stop, real (default: all but real)
        --scenarios=NAME,...    only those time-table rows, e.g. "pass,fail early"
        --no-failfast           Surefire alone (no failfast install needed)
        --retries=N             total budget of runs taken again because other work skewed them (6)
        --wait-load[=X]         first wait, up to 30 min, until the 1-minute load average is below X (1.0)
        --maven=PATH            the mvn to run (default: mvn on the PATH)
        --local-repo=PATH       where `mvn install` put failfast (default ~/.m2/repository)
        --real-suite PATH       also run the Maven project at PATH, Surefire against failfast:run;
                                without --only, it runs alone
        --real-suite-args=ARGS  Maven options for its every build, e.g. "-Drat.skip=true -Djacoco.skip=true"
        --stop-tests=N          the stop cell's unstarted tests, 1 to 1,000,000 (50,000)
      """;

  static Options parse(String... args) {
    boolean quick = false;
    boolean failfast = true;
    Integer runs = null;
    Set<Part> only = null;
    Set<String> scenarios = null;
    int retries = 6;
    double waitLoad = 0;
    String maven = "mvn";
    Path localRepo = Path.of(System.getProperty("user.home"), ".m2", "repository");
    Path realSuite = null;
    List<String> realSuiteArgs = List.of();
    int stopTests = STOP_TESTS;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : null;
      switch (a.contains("=") ? a.substring(0, a.indexOf('=')) : a) {
        case "--quick" -> quick = true;
        case "--no-failfast" -> failfast = false;
        case "--runs" -> runs = number(a, value, 1, MAX_RUNS);
        case "--retries" -> retries = number(a, value, 0, MAX_RUNS);
        case "--only" -> {
          only = EnumSet.noneOf(Part.class);
          for (String p : required(a, value).split(",")) only.add(Part.of(p));
        }
        case "--scenarios" -> scenarios = new LinkedHashSet<>(Arrays.asList(required(a, value).split(",")));
        case "--wait-load" -> waitLoad = value == null ? 1.0 : positive(a, value);
        case "--maven" -> maven = required(a, value);
        case "--local-repo" -> localRepo = Path.of(required(a, value));
        case "--real-suite" -> {
          if (value == null && i + 1 >= args.length) throw new IllegalArgumentException("--real-suite needs a PATH");
          realSuite = Path.of(value != null ? value : args[++i]).toAbsolutePath().normalize();
        }
        case "--real-suite-args" -> realSuiteArgs = List.of(required(a, value).trim().split("\\s+"));
        case "--stop-tests" -> stopTests = number(a, value, 1, MAX_STOP_TESTS);
        default -> throw new IllegalArgumentException("unknown option '" + a + "'\n" + USAGE);
      }
    }
    if (only == null) {
      only = realSuite != null ? EnumSet.of(Part.REAL) : EnumSet.complementOf(EnumSet.of(Part.REAL));
    } else if (realSuite != null) {
      only.add(Part.REAL);
    }
    if (only.contains(Part.REAL)) {
      if (realSuite == null) throw new IllegalArgumentException("--only=real needs --real-suite PATH");
      if (!Files.isRegularFile(realSuite.resolve("pom.xml"))) {
        throw new IllegalArgumentException("--real-suite: " + realSuite + " has no pom.xml; give the folder of a Maven project");
      }
      if (!failfast) throw new IllegalArgumentException("--real-suite compares with failfast: drop --no-failfast");
    }
    return new Options(String.join(" ", args), quick, runs != null ? runs : quick ? 1 : 5, only, failfast, scenarios,
        retries, waitLoad, maven, localRepo, realSuite, realSuiteArgs, stopTests);
  }

  boolean has(Part part) {
    return only.contains(part);
  }

  private static String required(String option, String value) {
    if (value == null || value.isBlank()) throw new IllegalArgumentException(option + " needs a value, as in " + option + "=...");
    return value;
  }

  private static int number(String option, String value, int min, int max) {
    try {
      int n = Integer.parseInt(required(option, value));
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + ": give a whole number from " + min + " to " + max);
  }

  private static double positive(String option, String value) {
    try {
      double x = Double.parseDouble(value);
      if (x > 0) return x;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + ": give a load average above 0, as in --wait-load=1.5");
  }
}
