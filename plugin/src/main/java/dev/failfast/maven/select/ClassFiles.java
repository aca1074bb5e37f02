package dev.failfast.maven.select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The class files a scan for tests looks at, as paths with '/' separators such as
 * {@code com/acme/OrderTest.class}, in the order Surefire's scan finds them: depth first, each
 * directory's entries in the order the file system lists them (not sorted), or a jar's entries
 * in the jar's order. Module and package descriptors are left out.
 */
public final class ClassFiles {

  private ClassFiles() {}

  /** The class files below a directory; none when it does not exist. */
  public static List<String> inDirectory(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) { // depth first, in directory listing order
      return files.filter(Files::isRegularFile)
          .map(file -> directory.relativize(file).toString().replace('\\', '/'))
          .filter(ClassFiles::isClass)
          .toList();
    }
  }

  /** The class files of a jar, or of a directory given in its place (a reactor module's classes). */
  public static List<String> inJar(Path jar) throws IOException {
    if (Files.isDirectory(jar)) {
      return inDirectory(jar);
    }
    List<String> classes = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        if (!entry.isDirectory() && isClass(entry.getName())) {
          classes.add(entry.getName());
        }
      }
    }
    return classes;
  }

  private static boolean isClass(String path) {
    return path.endsWith(".class") && !path.endsWith("module-info.class") && !path.endsWith("package-info.class")
        && !path.startsWith("META-INF/");
  }
}
