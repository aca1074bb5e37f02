package com.acme;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** In no group, last: stopped by the budget, before it starts or while it sleeps. */
class CLaterTest {

  @Test
  void later() throws Exception {
    Thread.sleep(60_000); // the other test JVM's failure may come late on a loaded machine
    Path markers = Path.of(System.getProperty("basedir", "."), "target", "markers");
    Files.createDirectories(markers);
    Files.writeString(markers.resolve("later-slept-" + System.getProperty("case")), "");
  }
}
