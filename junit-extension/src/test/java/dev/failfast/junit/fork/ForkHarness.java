package dev.failfast.junit.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Starts a real test JVM on {@link ForkMain} and records what it streams, as the plugin reads it. */
final class ForkHarness {

  private ForkHarness() {}

  /** What a test JVM streamed, in order, and how it exited. */
  record Run(List<List<Object>> events, int exitCode) {

    Stream<TestNode> planned() {
      return events.stream().filter(e -> e.get(0).equals("planned")).map(e -> (TestNode) e.get(1));
    }

    TestNode test(String className, String name) {
      return planned().filter(n -> n.kind() == TestNode.Kind.TEST && className.equals(n.className())
          && n.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " not planned"));
    }

    List<TestResult> results(TestNode node) {
      return events.stream().filter(e -> e.get(0).equals("finished") && e.get(1).equals(node.id()))
          .map(e -> (TestResult) e.get(2)).toList();
    }

    TestResult result(String className, String name) {
      List<TestResult> results = results(test(className, name));
      assertThat(results).as(name + " has one result").hasSize(1);
      return results.get(0);
    }

    Outcome outcome(String className, String name) {
      return result(className, name).outcome();
    }

    /** The position of the node's result among the events. */
    int finishedAt(TestNode node) {
      for (int i = 0; i < events.size(); i++) {
        if (events.get(i).get(0).equals("finished") && events.get(i).get(1).equals(node.id())) {
          return i;
        }
      }
      throw new AssertionError(node.id() + " has no result");
    }

    List<String> tags() {
      return events.stream().map(e -> (String) e.get(0)).toList();
    }

    /** Every planned node has exactly one result (docs/rules.md G10). */
    void assertOneResultEach() {
      planned().forEach(node -> assertThat(results(node)).as(node.id()).hasSize(1));
    }
  }

  static ForkSettings settings(List<Class<?>> classes, Map<String, String> parameters) {
    return new ForkSettings(classes.stream().map(Class::getName).toList(), List.of(), List.of(), List.of(),
        new LinkedHashMap<>(parameters), 4);
  }

  static Run fork(ForkSettings settings, String... jvmOptions) throws IOException, InterruptedException {
    return fork(settings, List.of(), jvmOptions);
  }

  /** Runs a test JVM whose class path has {@code before} ahead of this JVM's: services a test registers. */
  static Run fork(ForkSettings settings, List<Path> before, String... jvmOptions)
      throws IOException, InterruptedException {
    List<List<Object>> events = new ArrayList<>();
    int exitCode = fork(settings::write, EventCodecTest.recorder(events), ProcessBuilder.Redirect.DISCARD, before,
        jvmOptions);
    return new Run(events, exitCode);
  }

  /** Runs the test JVM to its end, handing each event to {@code target}; returns its exit code. */
  static int fork(ForkSettings settings, ForkEvents target, String... jvmOptions)
      throws IOException, InterruptedException {
    return fork(settings::write, target, ProcessBuilder.Redirect.DISCARD, jvmOptions);
  }

  /** What the build JVM sends the test JVM first. */
  @FunctionalInterface
  interface Settings {
    void write(RecordWriter toTestJvm) throws IOException;
  }

  /**
   * Runs the test JVM to its end after sending it {@code settings}, handing each event to {@code
   * target} and what it prints to {@code output}; returns its exit code.
   */
  static int fork(Settings settings, ForkEvents target, ProcessBuilder.Redirect output, String... jvmOptions)
      throws IOException, InterruptedException {
    return fork(settings, target, output, List.of(), jvmOptions);
  }

  private static int fork(
      Settings settings, ForkEvents target, ProcessBuilder.Redirect output, List<Path> before, String... jvmOptions)
      throws IOException, InterruptedException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Process process = testJvm(server.getLocalPort(), before, jvmOptions).redirectOutput(output).start();
      try {
        server.setSoTimeout(60_000);
        try (Socket socket = server.accept()) {
          settings.write(new RecordWriter(new BufferedOutputStream(socket.getOutputStream())));
          EventDecoder decoder = new EventDecoder(new RecordReader(new BufferedInputStream(socket.getInputStream())));
          while (decoder.next(target)) {
            // until the test JVM closes its end
          }
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
      } finally {
        process.destroyForcibly();
      }
    }
  }

  /** A test JVM on {@link ForkMain} for a build JVM on {@code port}; its stderr goes to its stdout. */
  static ProcessBuilder testJvm(int port, String... jvmOptions) {
    return testJvm(port, List.of(), jvmOptions);
  }

  private static ProcessBuilder testJvm(int port, List<Path> before, String... jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    List<String> classpath = new ArrayList<>(before.stream().map(Path::toString).toList());
    classpath.add(System.getProperty("java.class.path"));
    command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath), ForkMain.class.getName(),
        Integer.toString(port)));
    return new ProcessBuilder(command).redirectErrorStream(true);
  }
}
