// failfast benchmark against Surefire (README.md, Benchmark). JDK 17+ and Maven only:
//
//   mvn -B install -DskipTests            # once: puts the failfast plugin and extension in ~/.m2
//   java it/benchmark/Benchmark.java      # full run (about 16 min on 2 cores); --quick: a few minutes
//   java it/benchmark/Benchmark.java --help
//
// Java 17 runs a single source file, not a program of several: this launcher compiles the benchmark
// (it/benchmark/src, package dev.failfast.benchmark) into it/benchmark/target/classes and runs it.
// The generated projects' files are the templates in it/benchmark/templates; the results go to
// it/benchmark/target/results.md (the tables) and results.csv (every run).
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

public class Benchmark {

  public static void main(String[] args) throws Exception {
    Path base = (Files.exists(Path.of("it/benchmark/Benchmark.java")) ? Path.of("it/benchmark") : Path.of(""))
        .toAbsolutePath();
    if (!Files.isDirectory(base.resolve("src"))) {
      System.err.println("run it from the failfast checkout: java it/benchmark/Benchmark.java");
      System.exit(2);
    }
    Path classes = base.resolve("target/classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      System.err.println("no Java compiler: run the benchmark with a JDK, not a JRE");
      System.exit(2);
    }
    List<String> javacArgs = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-encoding", "UTF-8",
        "-Xlint:all", "-Werror"));
    try (Stream<Path> sources = Files.walk(base.resolve("src"))) {
      sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> javacArgs.add(p.toString()));
    }
    if (javac.run(null, null, null, javacArgs.toArray(String[]::new)) != 0) System.exit(2);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ClassLoader.getSystemClassLoader())) {
      Object code = loader.loadClass("dev.failfast.benchmark.Main").getMethod("run", Path.class, String[].class)
          .invoke(null, base, args);
      System.exit((Integer) code);
    }
  }
}
