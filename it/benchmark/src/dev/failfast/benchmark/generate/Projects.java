package dev.failfast.benchmark.generate;

import dev.failfast.benchmark.cell.Suite;
import dev.failfast.benchmark.cell.Tool;
import dev.failfast.benchmark.cell.Versions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes the benchmark's Maven projects under {@code target/projects} from the templates. */
public final class Projects {

  /**
   * The blocking kinds the cancel-latency target names (README.md, Benchmark), each in
   * {@link #LATENCY_GROUPS_PER_KIND} groups.
   */
  public static final List<String> LATENCY_KINDS = List.of("sleep", "wait", "join", "queue", "socket");
  public static final int LATENCY_GROUPS_PER_KIND = 50;
  /** Groups blocked in a plain java.net.Socket read, which ignores interrupts: shown apart. */
  public static final int PLAIN_SOCKET_GROUPS = 2;

  private final Workspace workspace;
  private final Versions versions;
  private final Template pom;
  private final Template dependency;
  private final Template plugin;
  private final Template support;
  private final Template groupTest;
  private final Template latencyTest;

  public Projects(Workspace workspace, Versions versions) throws IOException {
    this.workspace = workspace;
    this.versions = versions;
    pom = Template.load(workspace, "pom.xml.tmpl");
    dependency = Template.load(workspace, "failfast-dependency.xml.tmpl");
    plugin = Template.load(workspace, "failfast-plugin.xml.tmpl");
    support = Template.load(workspace, "Support.java.tmpl");
    groupTest = Template.load(workspace, "GroupTest.java.tmpl");
    latencyTest = Template.load(workspace, "LatencyTest.java.tmpl");
  }

  /** The directory of the project a tool runs a suite in. */
  public Path dir(Suite suite, Tool tool) {
    String flavour = tool == Tool.b5 ? "-surefire-junit5" : tool.failfast() ? "-failfast" : "-surefire";
    return workspace.projects().resolve(suite.id() + flavour);
  }

  /** Tests in each class of the stop suite, beside its parameterized test. */
  public static final int STOP_TESTS_PER_CLASS = 500;
  /** The invocations the parameterized test of each stop class would generate. */
  public static final int STOP_INVOCATIONS = 100;
  /** The stop suite's class that fails, first in class name order: its end is the cancel. */
  public static final String STOP_FAILING_CLASS = "bench.AFailTest";

  public Path stopDir() {
    return workspace.projects().resolve("stop");
  }

  public Path latencyDir() {
    return workspace.projects().resolve("latency");
  }

  /** The suite's project for {@code tool}: its classes carry {@code @FailFastGroup} for failfast's tools. */
  public Project suite(Suite suite, Tool tool) throws IOException {
    Path dir = dir(suite, tool);
    Workspace.deleteTree(dir.resolve("src"));
    String argLine = suite == Suite.SCALE ? "-Xmx256m -Xlog:gc:file=" + dir.resolve("target/gc-fork.log") : "";
    writeProject(dir, tool.failfast(), suite.threads(), argLine, tool == Tool.b5 ? versions.junit5() : versions.junit());
    int n = 0;
    for (int g = 0; g < suite.groups(); g++) {
      String cls = String.format("G%03dTest", g);
      StringBuilder tests = new StringBuilder();
      for (int i = 0; i < suite.tests(); i++, n++) {
        tests.append(String.format("  @Test void t%02d() throws Exception { %s }%n", i, suite.body(n)));
      }
      String annotation = tool.failfast()
          ? String.format("@dev.failfast.junit.FailFastGroup(\"%s-%03d\")%n", suite.id(), g) : "";
      Workspace.write(dir.resolve("src/test/java/bench/" + cls + ".java"),
          groupTest.render(Map.of("annotation", annotation, "class", cls, "tests", tests.toString())));
    }
    return new Project(dir, tool.failfast(), "G000Test#t00", false);
  }

  /** Many small groups, each cancelled once while three members are blocked; see Support.Group. */
  public Project latency() throws IOException {
    Path dir = latencyDir();
    Workspace.deleteTree(dir.resolve("src"));
    writeProject(dir, true, 8, "", versions.junit());
    List<String> kinds = new ArrayList<>();
    for (int i = 0; i < LATENCY_GROUPS_PER_KIND; i++) kinds.addAll(LATENCY_KINDS);
    for (int i = 0; i < PLAIN_SOCKET_GROUPS; i++) kinds.add("plainsocket");
    for (int n = 0; n < kinds.size(); n++) {
      String cls = String.format("Lat%03dTest", n);
      String group = String.format("lat-%s-%03d", kinds.get(n), n);
      Workspace.write(dir.resolve("src/test/java/bench/" + cls + ".java"),
          latencyTest.render(Map.of("group", group, "kind", kinds.get(n), "class", cls)));
    }
    return new Project(dir, true, "Lat000Test", true);
  }

  /**
   * A cancelled run's unstarted tail: {@link #STOP_FAILING_CLASS} fails at once, then classes of
   * {@link #STOP_TESTS_PER_CLASS} trivial tests ({@code tests} in all) and a parameterized test of
   * {@link #STOP_INVOCATIONS} invocations each; ungrouped, for {@code scope=run}.
   */
  public Project stop(int tests) throws IOException {
    Path dir = stopDir();
    Workspace.deleteTree(dir.resolve("src"));
    writeProject(dir, true, 8, "", versions.junit());
    Workspace.write(dir.resolve("src/test/java/bench/AFailTest.java"), groupTest.render(Map.of("annotation", "",
        "class", "AFailTest", "tests", "  @Test void fails() { throw new IllegalStateException(\"fatal\"); }\n")));
    for (int c = 0, left = tests; left > 0; c++, left -= STOP_TESTS_PER_CLASS) {
      String cls = String.format("S%04dTest", c);
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < Math.min(left, STOP_TESTS_PER_CLASS); i++) {
        body.append(String.format("  @Test void t%03d() { Support.trivial(%d); }%n", i, i));
      }
      body.append(String.format("  @org.junit.jupiter.params.ParameterizedTest%n"
          + "  @org.junit.jupiter.params.provider.MethodSource(\"arguments\")%n"
          + "  void parameterized(int n) { Support.trivial(n); }%n"
          + "  static java.util.stream.IntStream arguments() { return java.util.stream.IntStream.range(0, %d); }%n",
          STOP_INVOCATIONS));
      Workspace.write(dir.resolve("src/test/java/bench/" + cls + ".java"),
          groupTest.render(Map.of("annotation", "", "class", cls, "tests", body.toString())));
    }
    return new Project(dir, true, "AFailTest", true);
  }

  private void writeProject(Path dir, boolean grouped, int threads, String argLine, String junit) throws IOException {
    Map<String, String> failfast = Map.of("failfast", versions.failfast());
    Workspace.write(dir.resolve("pom.xml"), pom.render(Map.of(
        "artifact", dir.getFileName().toString(),
        "junit", junit,
        "surefire", versions.surefire(),
        "argLine", argLine,
        "threads", String.valueOf(threads),
        "failfastDependency", grouped ? dependency.render(failfast) : "",
        "failfastPlugin", grouped ? plugin.render(Map.of("failfast", versions.failfast(), "threads",
            String.valueOf(threads), "argLine", argLine)) : "")));
    Workspace.write(dir.resolve("src/test/java/bench/Support.java"), support.render(Map.of()));
  }
}
