package com.acme.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

final class Db {

  private Db() {}

  static void marker(String name) {
    Path directory = Path.of(System.getProperty("basedir", "."), "target", "markers");
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(name), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
