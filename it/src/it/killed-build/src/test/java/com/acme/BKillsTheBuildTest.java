package com.acme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Kills the build JVM, its parent, once AFirstTest's report is on disk, as a CI timeout would. */
class BKillsTheBuildTest {

  @Test
  void killsTheBuild() throws Exception {
    Path basedir = Path.of(System.getProperty("basedir"));
    Path report = basedir.resolve("target/surefire-reports/TEST-com.acme.AFirstTest.xml");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!Files.exists(report) && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    if (Files.exists(report)) {
      Path marker = basedir.resolve("target/markers/first-report-seen");
      Files.createDirectories(marker.getParent());
      Files.writeString(marker, "the report was on disk while the run went on");
    }
    // Only this project's own Maven JVM: the mvn script names the project's directory.
    ProcessHandle build = ProcessHandle.current().parent().orElseThrow();
    String command = build.info().commandLine().orElse("");
    assertTrue(command.contains("-Dmaven.multiModuleProjectDirectory=" + basedir), () -> "not this build: " + command);
    build.destroyForcibly();
  }
}
