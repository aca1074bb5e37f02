package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.classify.PomGroups;
import dev.failfast.junit.config.FailFastConfiguration;
import dev.failfast.junit.group.FailureText;
import dev.failfast.junit.group.GroupListeners;
import dev.failfast.junit.group.TextLimit;
import dev.failfast.junit.partition.PlannedTests;
import dev.failfast.junit.partition.RunPart;
import dev.failfast.junit.rerun.Reruns;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The main class of the forked test JVM that {@code failfast-maven-plugin} starts: connects to the
 * build JVM on the loopback port given as its only argument, reads its {@link ForkSettings}, runs
 * the tests on the JUnit Platform and streams {@link ForkEvents} back until {@code runFinished}.
 *
 * <p>This runs on the project's test classpath, so it uses nothing beyond the JDK, the JUnit
 * Platform launcher and this jar.
 */
@API(status = INTERNAL, since = "0.1")
public final class ForkMain {

  /** Exit status after {@code aborted} or unreadable settings: the run never started. */
  static final int EXIT_ABORTED = 2;
  /** Exit status when the build JVM went away: nobody is left to report to. */
  static final int EXIT_ORPHANED = 3;

  private ForkMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ForkMain <port>: started by failfast-maven-plugin, not by hand");
      System.exit(EXIT_ABORTED);
    }
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]));
    socket.setTcpNoDelay(true);
    Runnable orphaned = () -> Runtime.getRuntime().halt(EXIT_ORPHANED);
    RecordWriter out = new RecordWriter(new BufferedOutputStream(socket.getOutputStream()));
    EventEncoder events = new EventEncoder(out, orphaned);
    RecordReader in = new RecordReader(new BufferedInputStream(BuildJvmWatch.input(socket)));
    ForkSettings settings;
    try {
      settings = ForkSettings.read(in);
    } catch (IOException e) {
      // Nothing can be run from settings this JVM cannot read; a mismatch names both versions.
      System.err.println("[failfast] the test JVM cannot read its settings: " + e.getMessage());
      System.exit(EXIT_ABORTED);
      return;
    }
    ShutdownMarker marker = ShutdownMarker.register(settings); // first, so deleted last
    BuildJvmWatch.start(in, events, () -> {
      marker.discard();
      orphaned.run();
    });
    ExitReporter exitReporter = new ExitReporter(events);
    Runtime.getRuntime().addShutdownHook(exitReporter);
    int status = run(settings, events, marker::keep);
    exitReporter.runFinished();
    System.exit(status);
  }

  /**
   * Runs {@code settings} as a test JVM would, its events going nowhere: how the class-data-sharing
   * training JVM exercises the code a run needs.
   */
  public static void rehearse(ForkSettings settings) {
    run(settings, new EventEncoder(new RecordWriter(OutputStream.nullOutputStream()), () -> {}), () -> {});
  }

  /** The most of one property's value a report carries; a longer one ends with what was cut. */
  static final int PROPERTY_LIMIT = 65_536;

  /** This JVM's system properties by name, each value within {@value #PROPERTY_LIMIT} characters. */
  static Map<String, String> systemProperties() {
    Properties properties = System.getProperties();
    Map<String, String> snapshot = new TreeMap<>();
    for (String name : properties.stringPropertyNames()) {
      String value = properties.getProperty(name);
      if (value != null) {
        snapshot.put(name, TextLimit.cut(value, PROPERTY_LIMIT));
      }
    }
    return snapshot;
  }

  /** Runs the tests; returns the exit status. {@code beforeFinished} runs just before {@code runFinished} is sent. */
  static int run(ForkSettings settings, ForkEvents events, Runnable beforeFinished) {
    Function<String, Optional<String>> configured = configured(settings);
    List<Execution> executions;
    List<LauncherDiscoveryRequest> requests;
    List<Launcher> launchers = new ArrayList<>();
    Reruns reruns;
    try {
      // Bad settings end the run before any test: the same checks the extension makes later.
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      FailFastConfiguration.read(configured, loader);
      reruns = Reruns.read(configured);
      settings.parameters().forEach((key, value) -> {
        if (PomGroups.namesThrowables(key)) {
          FailFastConfiguration.throwableTypes(PomGroups.inPom(key), value, loader);
        }
      });
      List<String> part =
          RunPart.classes(settings.classes(), configured, loader, names -> plannedTests(settings, names));
      executions = Execution.plan(settings.withClasses(part), configured, loader);
      requests = executions.stream().map(execution -> request(settings, execution)).toList();
      // A launcher each: the listeners it loads (the plan order of sequential groups) follow one plan.
      for (int i = 0; i < executions.size(); i++) {
        launchers.add(LauncherFactory.create());
      }
    } catch (IllegalArgumentException e) {
      events.aborted(e.getMessage());
      return EXIT_ABORTED;
    } catch (RuntimeException | LinkageError e) {
      // Before any test started there are no results to save: say what broke instead.
      events.aborted("the test JVM could not start the run: " + FailureText.stackTrace(e));
      return EXIT_ABORTED;
    }
    GroupEventForwarder forwarder = new GroupEventForwarder(events);
    GroupListeners.register(forwarder);
    try {
      List<TestPlan> plans = new ArrayList<>();
      for (int i = 0; i < executions.size(); i++) {
        plans.add(launchers.get(i).discover(requests.get(i)));
      }
      OutputCapture capture = new OutputCapture(events);
      StreamingListener listener = new StreamingListener(events, configured, capture);
      events.systemProperties(systemProperties());
      listener.announce(plans);
      if (!OutputCapture.projectCaptures(configured)) {
        capture.install();
      }
      try {
        executeTogether(executions, launchers, plans, listener, events, reruns);
      } finally {
        capture.restore();
      }
    } finally {
      GroupListeners.unregister(forwarder);
    }
    beforeFinished.run();
    events.runFinished();
    return 0;
  }

  /**
   * Runs the first execution on this thread, the fork's main thread, and each other one on a
   * thread of its own at the same time; returns when all have ended.
   */
  private static void executeTogether(
      List<Execution> executions, List<Launcher> launchers, List<TestPlan> plans, StreamingListener listener,
      ForkEvents events, Reruns reruns) {
    List<Runnable> runs = new ArrayList<>();
    for (int i = 0; i < executions.size(); i++) {
      Launcher launcher = launchers.get(i);
      TestPlan plan = plans.get(i);
      RerunDriver rerunDriver = new RerunDriver(reruns, executions.get(i).parameters(), events);
      StreamingListener.ExecutionListener execution = listener.execution(plan, executions.get(i).grouped(), rerunDriver);
      runs.add(() -> {
        try {
          launcher.execute(plan, execution);
        } catch (Throwable unrecoverable) {
          execution.aborted(unrecoverable);
        }
      });
    }
    List<Thread> others = new ArrayList<>();
    for (Runnable run : runs.subList(Math.min(1, runs.size()), runs.size())) {
      Thread thread = new Thread(run, "failfast-groups");
      thread.start();
      others.add(thread);
    }
    if (!runs.isEmpty()) {
      runs.get(0).run();
    }
    boolean interrupted = false;
    for (Thread thread : others) {
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true; // a test's stray interrupt; the run still ends when every execution has
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The tests JUnit plans for each class, to weigh the classes of a split that has no timings. */
  private static Map<String, Long> plannedTests(ForkSettings settings, List<String> classes) {
    Execution all = new Execution(false, classes, settings.parameters());
    return PlannedTests.count(LauncherFactory.create().discover(request(settings, all)), classes);
  }

  private static LauncherDiscoveryRequest request(ForkSettings settings, Execution execution) {
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
        .configurationParameters(execution.parameters());
    execution.classes().forEach(name -> request.selectors(DiscoverySelectors.selectClass(name)));
    if (!settings.includeTags().isEmpty()) {
      request.filters(tagFilter(() -> TagFilter.includeTags(settings.includeTags()), "tags"));
    }
    if (!settings.excludeTags().isEmpty()) {
      request.filters(tagFilter(() -> TagFilter.excludeTags(settings.excludeTags()), "excludedTags"));
    }
    if (!settings.methodFilters().isEmpty()) {
      request.filters(new MethodNameFilter(settings.methodFilters()));
    }
    return request.build();
  }

  private static <T> T tagFilter(Supplier<T> filter, String parameter) {
    try {
      return filter.get();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          parameter + ": " + e.getMessage() + "; write a JUnit tag expression such as 'fast | (db & !slow)'", e);
    }
  }

  /**
   * A configuration parameter as JUnit resolves it without failfast's defaults: the launcher's
   * (the settings), then a system property, then {@code junit-platform.properties}.
   */
  private static Function<String, Optional<String>> configured(ForkSettings settings) {
    Properties file = platformProperties();
    return key -> Optional.ofNullable(settings.parameters().get(key))
        .or(() -> Optional.ofNullable(System.getProperty(key)))
        .or(() -> Optional.ofNullable(file.getProperty(key)));
  }

  private static Properties platformProperties() {
    Properties properties = new Properties();
    URL resource = Thread.currentThread().getContextClassLoader().getResource("junit-platform.properties");
    if (resource != null) {
      try (InputStream in = resource.openStream()) {
        properties.load(in);
      } catch (IOException e) {
        // JUnit itself reports an unreadable file; without it the defaults apply.
      }
    }
    return properties;
  }
}
