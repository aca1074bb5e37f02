package dev.failfast.maven.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.maven.TestRuns;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build JVM's heap stays bounded whatever the tests print (docs/reports.md Bounds). */
class OutputSpoolSoakTest {

  @TempDir
  Path temp;

  @Test
  void twentyTestsPrintingFiveMegabytesEachFitInASmallHeap() throws Exception {
    Process soak = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
        "-cp", System.getProperty("java.class.path"), SpoolSoak.class.getName(), temp.toString())
        .redirectErrorStream(true).redirectOutput(temp.resolve("soak.log").toFile()).start();
    assertThat(soak.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(soak.exitValue()).as(Files.readString(temp.resolve("soak.log"))).isZero();

    Path report = TestRuns.reports(temp).resolve("TEST-" + SpoolSoak.CLASS + ".xml");
    long testCases = 0;
    long outputCharacters = 0;
    try (BufferedReader lines = Files.newBufferedReader(report)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        testCases += line.contains("<testcase ") ? 1 : 0;
        outputCharacters += line.length();
      }
    }
    assertThat(testCases).isEqualTo(SpoolSoak.TESTS);
    assertThat(outputCharacters).isGreaterThan((long) SpoolSoak.TESTS * SpoolSoak.MEGABYTES * 1024 * 1024);
    assertThat(temp.resolve("spool").toFile().listFiles()).as("spooled output is freed once written").isEmpty();
  }
}
