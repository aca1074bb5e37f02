package dev.failfast.junit.cds;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.fork.ForkMain;
import dev.failfast.junit.fork.ForkSettings;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apiguardian.api.API;

/**
 * The main class of the JVM that failfast-maven-plugin starts to build a class-data-sharing archive
 * ({@code -XX:ArchiveClassesAtExit}): loads, without initializing, every class of the jars on its
 * class path, which are the jars the test JVM loads before its first test (the JUnit Platform,
 * Jupiter, failfast), then rehearses a run of {@link Rehearsal}'s tests through the test JVM's
 * own code, so that the JDK classes and lambdas a run needs (discovery, a cancelled group, the
 * event stream) are archived too, and exits, so the JVM archives them. A class that does not load
 * (one that needs a library absent here) is left out; it then loads as usual in the test JVM.
 */
@API(status = INTERNAL, since = "0.1")
public final class ClassPreload {

  private ClassPreload() {}

  public static void main(String[] args) throws IOException {
    ClassLoader loader = ClassPreload.class.getClassLoader();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        try (JarFile jar = new JarFile(entry)) {
          jar.stream().map(JarEntry::getName).filter(ClassPreload::isClass)
              .forEach(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.'), loader));
        }
      }
    }
    ForkMain.rehearse(new ForkSettings(List.of(Rehearsal.CLASSES), List.of(), List.of(), List.of(), Map.of(), 2));
  }

  /** A class file of the jar's own, not a module descriptor nor a multi-release variant. */
  private static boolean isClass(String entryName) {
    return entryName.endsWith(".class") && !entryName.startsWith("META-INF/") && !entryName.endsWith("-info.class");
  }

  private static void load(String className, ClassLoader loader) {
    try {
      Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      // needs a class that is not here: it loads as usual in the test JVM
    }
  }
}
