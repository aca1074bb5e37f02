package dev.failfast.benchmark.measure;

import dev.failfast.benchmark.generate.Projects;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One run of the stop suite under {@code failfast:run -Dfailfast.scope=run}, one class after another
 * in name order (without the Surefire configuration's Jupiter parallel execution), so the failing
 * class runs first and every other class is still to start: how long the cancelled tail takes,
 * from the cancel to the last report (SPEC §7: stopping is O(classes)).
 */
public final class Stop {

  private Stop() {}

  public static StopRun measure(Maven maven, Projects projects, int unstarted) throws IOException, InterruptedException {
    Measurement m = maven.run(projects.stopDir(), List.of("failfast:run", "-Dfailfast.scope=run", "-Dfailfast.inheritSurefire=false",
        "-Djunit.jupiter.testclass.order.default=org.junit.jupiter.api.ClassOrderer$ClassName"), Map.of(), "stop", true);
    double tail = Reports.afterClassMs(projects.stopDir(), Projects.STOP_FAILING_CLASS);
    System.out.println("stop: " + TimeToRed.progress(m));
    return new StopRun(unstarted, m, tail);
  }
}
