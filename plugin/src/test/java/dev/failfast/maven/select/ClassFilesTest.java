package dev.failfast.maven.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassFilesTest {

  @TempDir
  Path directory;

  @Test
  void aDirectoryIsWalkedDepthFirstInTheOrderTheFileSystemListsIt() throws IOException {
    for (String file : List.of("z/Last.class", "a/b/Deep.class", "Top.class", "m/Middle.class", "m/notes.txt",
        "module-info.class", "m/package-info.class")) {
      Path path = directory.resolve(file);
      Files.createDirectories(path.getParent());
      Files.createFile(path);
    }
    assertThat(ClassFiles.inDirectory(directory)).isEqualTo(listed(directory.toFile(), ""));
  }

  /** Surefire's walk: each directory's entries as {@link File#listFiles()} gives them, directories entered at once. */
  private static List<String> listed(File dir, String prefix) {
    List<String> classes = new ArrayList<>();
    for (File file : dir.listFiles()) {
      if (file.isDirectory()) {
        classes.addAll(listed(file, prefix + file.getName() + "/"));
      } else if (file.getName().endsWith(".class") && !file.getName().endsWith("-info.class")) {
        classes.add(prefix + file.getName());
      }
    }
    return classes;
  }

  @Test
  void aJarGivesItsClassesInItsOwnOrder() throws IOException {
    Path jar = directory.resolve("tests.jar");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out)) {
      for (String entry : List.of("com/acme/", "com/acme/ZTest.class", "com/acme/ATest.class",
          "META-INF/versions/11/com/acme/ATest.class", "com/acme/data.txt")) {
        entries.putNextEntry(new ZipEntry(entry));
        entries.closeEntry();
      }
    }
    assertThat(ClassFiles.inJar(jar)).containsExactly("com/acme/ZTest.class", "com/acme/ATest.class");
  }
}
