package com.acme.reports;

import dev.failfast.junit.FailFastGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Annotated with the pom group's name: joins 'db', and takes its turn after the db package's tests. */
@FailFastGroup(value = "db", parallel = false)
class ReportsTest {

  @Test
  void monthly() throws IOException {
    Path directory = Path.of(System.getProperty("basedir", "."), "target", "markers");
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("reports-monthly-ran"), "");
  }
}
