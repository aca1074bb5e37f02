package com.acme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

/** Appends its test JVM's arguments to target/jvm-arguments.txt, one line per run. */
class JvmArgumentsTest {

  @Test
  void recordsItsJvmArguments() throws Exception {
    String arguments = String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
    Files.writeString(Path.of("target", "jvm-arguments.txt"), arguments + System.lineSeparator(),
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    assertTrue(Test.class.getName().startsWith("org.junit"));
  }
}
