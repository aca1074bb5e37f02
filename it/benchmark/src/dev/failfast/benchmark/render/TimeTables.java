package dev.failfast.benchmark.render;

import dev.failfast.benchmark.cell.Cell;
import dev.failfast.benchmark.cell.Scenario;
import dev.failfast.benchmark.cell.Suite;
import dev.failfast.benchmark.cell.Tool;
import dev.failfast.benchmark.measure.Counts;
import dev.failfast.benchmark.measure.Measurement;
import dev.failfast.benchmark.measure.Run;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A suite's time table (a row per cell) and the performance targets (README.md, Benchmark) its cells decide. */
final class TimeTables {

  private final Suite suite;
  private final Map<Cell, List<Measurement>> byCell;

  TimeTables(Suite suite, List<Run> runs) {
    this.suite = suite;
    this.byCell = runs.stream().filter(r -> r.cell().suite() == suite).collect(Collectors.groupingBy(Run::cell,
        LinkedHashMap::new, Collectors.mapping(Run::measurement, Collectors.toList())));
  }

  boolean isEmpty() {
    return byCell.isEmpty();
  }

  String table() {
    StringBuilder md = new StringBuilder(String.format("%n### %s: %d groups × %d tests, threads %d (%s)%n%n",
        suite.id(), suite.groups(), suite.tests(), suite.threads(), suite.description()));
    md.append("| scenario | tool | n | wall s, median [min–max] | time to red s, median [min–max] | red vs a | red vs b"
        + " | in the test goal s (vs b) | tests ran / stopped+skipped of total | failed+errors | fork peak RSS MB"
        + " | max tests at once | other work, cores (max) |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    List<Scenario> order = suite.scenarios();
    List<Cell> cells = new ArrayList<>(byCell.keySet());
    cells.sort(Comparator.comparing((Cell c) -> order.indexOf(c.scenario())).thenComparing(Cell::tool));
    for (Cell cell : cells) md.append(row(cell, byCell.get(cell)));
    md.append("\n\"fail early/midway/late (T ms)\": the first test that starts at least T ms after the suite's first"
        + " test sleeps 50 ms (\"fail after 1 s\": 1 s) and throws IllegalStateException (fatal); ratios are of medians."
        + " On a passing suite b = a and failfast's scope does not matter, so those cells are not run twice."
        + " \"In the test goal\": time to red minus the moment Maven starts surefire:test or failfast:run; what comes"
        + " before (Maven's start-up, reading the pom, the up-to-date resources and compiler goals) is the same for"
        + " every tool.\n");
    return md.toString();
  }

  private String row(Cell cell, List<Measurement> runs) {
    List<Measurement> a = of(cell.scenario(), Tool.a);
    List<Measurement> b = of(cell.scenario(), Tool.b);
    double red = Stats.median(runs, Measurement::redMs);
    String vsA = cell.tool() == Tool.a ? "1" : a == null ? "–" : String.format("%.2f", red / Stats.median(a, Measurement::redMs));
    String vsB = cell.tool() == Tool.b ? "1" : b == null ? "–" : String.format("%.2f", red / Stats.median(b, Measurement::redMs));
    double goal = Stats.median(runs, Measurement::goalMs);
    String goalVsB = b == null ? "" : String.format(" (%.2f)", goal / Stats.median(b, Measurement::goalMs));
    List<Counts> counts = runs.stream().map(Measurement::counts).toList();
    long unexpected = runs.stream().filter(m -> m.buildFailed() != cell.scenario().failing()).count();
    return String.format("| %s | %s | %d | %s | %s | %s | %s | %.2f%s | %s / %s of %d | %s | %.1f | %s | %.2f%s |%n",
        cell.scenario().label(), cell.tool().label(), runs.size(), Stats.spread(runs, Measurement::wallMs),
        Stats.spread(runs, Measurement::redMs), vsA, vsB, goal / 1e3, goalVsB,
        Stats.distinct(counts.stream().map(Counts::ran).toList()), Stats.distinct(counts.stream().map(Counts::skipped).toList()),
        counts.get(counts.size() / 2).tests(),
        Stats.distinct(counts.stream().map(c -> c.failures() + c.errors()).toList()),
        Stats.median(runs.stream().map(m -> m.rssKb() / 1024).toList()),
        Stats.distinct(runs.stream().map(Measurement::maxConcurrent).toList()),
        runs.stream().mapToDouble(Measurement::otherCores).max().orElse(0),
        unexpected > 0 ? " (" + unexpected + " run(s) with an unexpected build result)" : "");
  }

  /**
   * README.md, Benchmark: a passing suite's wall ≤ 1.0 × a with the same counts; time to red with an early fatal
   * failure ≤ 0.5 × b5 and, in the test goal, ≤ 0.6 × b's; ≤ 0.5 × b on 10-s tests.
   */
  List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    for (Scenario sc : suite.scenarios()) {
      List<Measurement> a = of(sc, Tool.a);
      List<Measurement> b = of(sc, Tool.b);
      List<Measurement> b5 = of(sc, Tool.b5);
      List<Measurement> c = of(sc, Tool.c);
      List<Measurement> cr = of(sc, Tool.cr);
      List<Measurement> c2 = of(sc, Tool.c2);
      if (!sc.failing() && c2 != null && c != null) {
        double wall = Stats.median(c2, Measurement::wallMs) / Stats.median(c, Measurement::wallMs);
        targets.add(new Target("forkCount=2: wall ≤ 0.6 × one test JVM (" + suite.id() + ", " + sc.name() + ")",
            String.format("%.2f", wall), wall <= 0.6));
      }
      if (!sc.failing() && sc.extraArgs().isEmpty() && a != null && c != null) {
        double wall = Stats.median(c, Measurement::wallMs) / Stats.median(a, Measurement::wallMs);
        boolean same = c.stream().allMatch(m -> m.counts().equals(a.get(0).counts()));
        targets.add(new Target("passing suite: wall ≤ 1.0 × a, same counts (" + suite.id() + ")",
            String.format("%.2f, counts %s", wall, same ? "equal" : "differ"), wall <= 1.0 && same));
      } else if (sc.failing() && sc.failAtMs() == 0 && b5 != null && b != null && cr != null) {
        double red = Stats.median(cr, Measurement::redMs) / Stats.median(b5, Measurement::redMs);
        double goal = Stats.median(cr, Measurement::goalMs) / Stats.median(b, Measurement::goalMs);
        targets.add(new Target("time to red ≤ 0.5 × b5 (" + suite.id() + ", " + sc.name() + ", scope=run)",
            String.format("%.2f", red), red <= 0.5));
        targets.add(new Target("in the test goal ≤ 0.6 × b's (" + suite.id() + ", " + sc.name() + ", scope=run)",
            String.format("%.2f", goal), goal <= 0.6));
      } else if (suite == Suite.LONG && b != null && c != null) {
        double red = Stats.median(c, Measurement::redMs) / Stats.median(b, Measurement::redMs);
        targets.add(new Target("time to red ≤ 0.5 × b on 10-s tests (" + sc.name() + ")", String.format("%.2f", red),
            red <= 0.5));
      }
    }
    return targets;
  }

  private List<Measurement> of(Scenario scenario, Tool tool) {
    return byCell.get(new Cell(suite, scenario, tool));
  }
}
