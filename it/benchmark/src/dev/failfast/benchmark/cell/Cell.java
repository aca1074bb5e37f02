package dev.failfast.benchmark.cell;

/** One line of a time table: a suite's scenario run by one tool. */
public record Cell(Suite suite, Scenario scenario, Tool tool) {

  /** A name for the cell's log files. */
  public String fileName() {
    return (suite.id() + "_" + scenario.name() + "_" + tool).replace(' ', '-').replaceAll("[^\\w.-]", "");
  }
}
