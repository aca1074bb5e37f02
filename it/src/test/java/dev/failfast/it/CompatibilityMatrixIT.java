package dev.failfast.it;

import static dev.failfast.it.SampleBuilds.property;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compatibility matrix: one real Maven build of {@code src/it/matrix/sample} per cell (a Maven
 * distribution, a JDK, a JUnit version), through {@code failfast:run}, checked from its exit code,
 * its log and its reports (see {@link ReportDirectory}).
 *
 * <p>The cells are the product of three lists, given as system properties by {@code it/pom.xml}:
 * {@code failfast.matrix.mavens} and {@code failfast.matrix.jdks} ({@code NAME=HOME,...}) and
 * {@code failfast.matrix.junit} (versions). Each cell builds a fresh copy of the sample in {@code
 * target/matrix/CELL/}, with the invoker's private repository (which holds this reactor's
 * snapshots), and the calling build's local repository as a read-only cache. Every cell's result
 * and wall time go to {@code target/matrix/matrix.md}, also printed at the end.
 */
class CompatibilityMatrixIT {

  private static final Duration CELL_TIMEOUT = Duration.ofMinutes(10);
  private static final Path DIRECTORY = Path.of(property("failfast.matrix.directory"));

  /** One build: a Maven distribution, a JDK, a JUnit version. */
  record Cell(String maven, Path mavenHome, String jdk, Path javaHome, String junit) {

    String id() {
      return "maven-" + maven + "_jdk-" + jdk + "_junit-" + junit;
    }

    @Override
    public String toString() {
      return "Maven " + maven + ", JDK " + jdk + ", JUnit " + junit;
    }
  }

  static Stream<Cell> cells() {
    List<Cell> cells = new ArrayList<>();
    for (Map.Entry<String, String> maven : homes("failfast.matrix.mavens").entrySet()) {
      for (Map.Entry<String, String> jdk : homes("failfast.matrix.jdks").entrySet()) {
        for (String junit : property("failfast.matrix.junit").split(",")) {
          cells.add(
              new Cell(
                  maven.getKey(),
                  Path.of(maven.getValue()),
                  jdk.getKey(),
                  Path.of(jdk.getValue()),
                  junit.trim()));
        }
      }
    }
    return cells.stream();
  }

  @BeforeAll
  static void settings() throws IOException {
    Files.createDirectories(DIRECTORY);
    SampleBuilds.writeSettings(DIRECTORY.resolve("settings.xml"));
    Files.writeString(
        DIRECTORY.resolve("matrix.md"),
        "| Maven | JDK | JUnit | result | time |\n| --- | --- | --- | --- | --- |\n");
  }

  @AfterAll
  static void printTable() throws IOException {
    System.out.println("Compatibility matrix (" + DIRECTORY.resolve("matrix.md") + "):");
    System.out.print(Files.readString(DIRECTORY.resolve("matrix.md")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void cancelsOneGroupAndPassesTheOther(Cell cell) throws Exception {
    long start = System.nanoTime();
    String result = "FAILED";
    try {
      build(cell);
      result = "passed";
    } finally {
      double seconds = (System.nanoTime() - start) / 1e9;
      Files.writeString(
          DIRECTORY.resolve("matrix.md"),
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %.0f s |%n",
              cell.maven(),
              cell.jdk(),
              cell.junit(),
              result,
              seconds),
          StandardOpenOption.APPEND);
    }
  }

  private static void build(Cell cell) throws Exception {
    Path mvn = cell.mavenHome().resolve("bin/mvn");
    assertThat(mvn).as("%s: the Maven distribution's launcher", cell).isRegularFile();
    assertThat(cell.javaHome().resolve("bin/java")).as("%s: the JDK", cell).isRegularFile();
    Path cellDirectory = DIRECTORY.resolve(cell.id());
    Path project = cellDirectory.resolve("project");
    SampleBuilds.delete(cellDirectory);
    SampleBuilds.copyFresh(Path.of(property("failfast.matrix.sample")), project);
    Files.createDirectories(project.resolve(".mvn")); // Maven 4 looks for the root directory
    Path log = cellDirectory.resolve("build.log");

    List<String> command =
        List.of(
            "sh",
            mvn.toString(),
            "-B",
            "-V",
            "-e",
            "-ntp",
            "-s",
            DIRECTORY.resolve("settings.xml").toString(),
            "-Djunit.version=" + cell.junit(),
            "-Dfailfast.version=" + property("failfast.version"),
            "-Dmatrix.java=" + cell.jdk(),
            "failfast:run");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", cell.javaHome().toString());
    builder.environment().remove("MAVEN_ARGS");
    // As the invoker's builds: a short-lived Maven JVM starts faster with the C1 compiler alone.
    builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    Process process = builder.start();
    if (!process.waitFor(CELL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError(
          cell + ": the build did not end within " + CELL_TIMEOUT + "; see " + log);
    }
    String output = Files.readString(log);
    String what = cell + " (" + log + ")";

    // Debian's Maven prints colour codes before its version even in batch mode: no ^ there.
    expectLog(output, "Apache Maven " + Pattern.quote(cell.maven()) + "(\\s|$)", what, "Maven");
    expectLog(output, "(?m)^Java version: " + Pattern.quote(cell.jdk()) + "[.,\\s]", what, "JDK");
    expectLog(
        output,
        Pattern.quote("Tests run: 12, Failures: 0, Errors: 2, Skipped: 0, Stopped: 3"),
        what,
        "totals");
    expectLog(output, Pattern.quote("There are test failures: 0 failed, 2 in error"), what, "why");
    assertThat(process.exitValue())
        .as("%s: the build fails for the fatal failures alone", what)
        .isEqualTo(1);

    ReportDirectory.Checked reports =
        ReportDirectory.check(project.resolve("target/surefire-reports"));
    JsonNode summary = reports.summary();
    assertThat(summary.path("totals").toString())
        .as("%s: totals", what)
        .isEqualTo("{\"tests\":12,\"failures\":0,\"errors\":2,\"skipped\":0,\"stopped\":3,\"flakes\":0}");
    Map<String, String> groups = new LinkedHashMap<>();
    summary
        .path("groups")
        .forEach(
            group ->
                groups.put(
                    group.path("name").asText(),
                    group.path("outcome").asText() + " " + group.path("cancelledBy").asText()));
    assertThat(groups)
        .as("%s: the groups' outcomes", what)
        .containsOnly(
            Map.entry("payments", "cancelled com.acme.matrix.PaymentsTest.charge()"),
            Map.entry("inventory", "cancelled com.acme.matrix.InventoryTest.restock()"),
            Map.entry("catalog", "passed null"),
            Map.entry("shipping", "passed null"));

    String payments = "com.acme.matrix.PaymentsTest";
    assertError(reports.testCase(payments, "charge"), "java.lang.IllegalStateException", what);
    for (String stopped : List.of("refund", "history")) {
      assertStopped(
          reports.testCase(payments, stopped),
          "stopped: group 'payments' cancelled by fatal failure in " + payments
              + ".charge(): IllegalStateException: gateway down",
          what);
    }
    String inventory = "com.acme.matrix.InventoryTest";
    assertError(reports.testCase(inventory, "restock"), "java.io.IOException", what);
    assertStopped(
        reports.testCase(inventory, "reserve"),
        "stopped: group 'inventory' cancelled by fatal failure in " + inventory
            + ".restock(): IOException: warehouse offline; was running, ended with"
            + " InterruptedException",
        what);
    // docs/rules.md G9 for a group only the pom assigns: ShippingTest's two tests pass only if they
    // run at once.
    for (String meets : List.of("packs", "labels")) {
      assertThat(reports.testCase("com.acme.matrix.ShippingTest", meets).isSuccessful())
          .as("%s: ShippingTest.%s ran beside its partner", what, meets)
          .isTrue();
    }
    List<ReportTestCase> catalog =
        reports.suites().stream()
            .flatMap(suite -> suite.getTestCases().stream())
            .filter(test -> test.getFullClassName().equals("com.acme.matrix.CatalogTest"))
            .toList();
    assertThat(catalog)
        .as("%s: CatalogTest's tests, all passed (runsOnTheCellsVersions checks the versions)",
            what)
        .hasSize(5)
        .allMatch(ReportTestCase::isSuccessful, "passed");
  }

  /** Asserts that the log matches {@code regex}, naming the cell and the log, not quoting it. */
  private static void expectLog(String log, String regex, String what, String expectation) {
    if (!Pattern.compile(regex).matcher(log).find()) {
      throw new AssertionError(what + ": " + expectation + ": the build log does not match " + regex);
    }
  }

  private static void assertError(ReportTestCase test, String type, String what) {
    assertThat(test.hasError()).as("%s: %s is an error", what, test.getFullName()).isTrue();
    assertThat(test.getFailureType()).as("%s: %s's type", what, test.getFullName()).isEqualTo(type);
  }

  private static void assertStopped(ReportTestCase test, String message, String what) {
    assertThat(test.hasSkipped()).as("%s: %s is stopped", what, test.getFullName()).isTrue();
    assertThat(test.getFailureMessage())
        .as("%s: %s's message", what, test.getFullName())
        .startsWith(message);
  }

  /** {@code NAME=HOME,...}, in order. */
  private static Map<String, String> homes(String name) {
    Map<String, String> homes = new LinkedHashMap<>();
    for (String entry : property(name).split(",")) {
      String[] nameAndHome = entry.trim().split("=", 2);
      assertThat(nameAndHome).as("%s entry '%s': NAME=HOME", name, entry).hasSize(2);
      homes.put(nameAndHome[0].trim(), nameAndHome[1].trim());
    }
    return homes;
  }
}
