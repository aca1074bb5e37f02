package dev.failfast.benchmark.measure;

import java.nio.file.Path;
import java.util.List;

/** The real-suite cell: the project it copied, the options every build got, the runs. */
public record RealSuiteResult(Path source, List<String> args, List<RealRun> runs) {

  public RealSuiteResult {
    args = List.copyOf(args);
    runs = List.copyOf(runs);
  }
}
