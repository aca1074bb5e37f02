package dev.failfast.benchmark.measure;

import dev.failfast.benchmark.cell.Suite;
import dev.failfast.benchmark.cell.Tool;
import dev.failfast.benchmark.generate.Projects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One run per tool: the scale suite asks whether it completes and what it costs, not for a spread. */
public final class Scale {

  private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  private Scale() {}

  public static List<ScaleRun> measure(Maven maven, Projects projects, List<Tool> tools)
      throws IOException, InterruptedException {
    List<ScaleRun> runs = new ArrayList<>();
    for (Tool tool : tools) {
      Path project = projects.dir(Suite.SCALE, tool);
      Path gc = project.resolve("target/gc-fork.log");
      Files.deleteIfExists(gc);
      Measurement m = maven.run(project, List.of(tool.failfast() ? "failfast:run" : "test"),
          Map.of("BENCH_FAIL_AT_MS", "-1"), "scale-" + tool, true);
      int used = 0;
      int live = 0;
      int committed = 0;
      if (Files.exists(gc)) {
        for (String line : Files.readAllLines(gc)) {
          Matcher g = GC_LINE.matcher(line);
          if (!g.find()) continue;
          used = Math.max(used, Integer.parseInt(g.group(1)));
          live = Math.max(live, Integer.parseInt(g.group(2)));
          committed = Math.max(committed, Integer.parseInt(g.group(3)));
        }
      }
      double[] tail = Reports.tail(project);
      runs.add(new ScaleRun(tool, m, used, live, committed, tail[0], (int) tail[1]));
      System.out.println("scale " + tool + ": " + TimeToRed.progress(m));
    }
    return runs;
  }
}
