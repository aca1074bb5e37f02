package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.classify.GroupMembership;
import dev.failfast.junit.classify.PomGroups;
import dev.failfast.junit.config.FailFastConfiguration;
import dev.failfast.junit.group.GroupListeners;
import dev.failfast.junit.group.GroupRegistry;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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

  /** Exit status after {@code aborted}: the run never started. */
  static final int EXIT_ABORTED = 2;
  /** Exit status when the build JVM went away: nobody is left to report to. */
  static final int EXIT_ORPHANED = 3;

  static final String PARALLEL_ENABLED = "junit.jupiter.execution.parallel.enabled";
  static final String PARALLEL_STRATEGY = "junit.jupiter.execution.parallel.config.strategy";
  // JUnit 6.1 offers a second executor and asks at discovery which one to use. Sequential groups
  // wait for their turn through ForkJoinPool.managedBlock, which keeps the fork-join pool live.
  static final String EXECUTOR_SERVICE = "junit.jupiter.execution.parallel.config.executor-service";
  static final String PARALLELISM = "junit.jupiter.execution.parallel.config.fixed.parallelism";
  static final String MODE_DEFAULT = "junit.jupiter.execution.parallel.mode.default";
  static final String MODE_CLASSES_DEFAULT = "junit.jupiter.execution.parallel.mode.classes.default";
  static final String CAPTURE_STDOUT = "junit.platform.output.capture.stdout";
  static final String CAPTURE_STDERR = "junit.platform.output.capture.stderr";

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
    ForkSettings settings = ForkSettings.read(in);
    BuildJvmWatch.start(in, events, orphaned);
    ExitReporter exitReporter = new ExitReporter(events);
    Runtime.getRuntime().addShutdownHook(exitReporter);
    int status = run(settings, events);
    exitReporter.runFinished();
    System.exit(status);
  }

  /** Runs the tests; returns the exit status. */
  /** The most of one property's value a report carries; a longer one ends with what was cut. */
  static final int PROPERTY_LIMIT = 65_536;

  /** This JVM's system properties by name, each value within {@value #PROPERTY_LIMIT} characters. */
  static Map<String, String> systemProperties() {
    Properties properties = System.getProperties();
    Map<String, String> snapshot = new TreeMap<>();
    for (String name : properties.stringPropertyNames()) {
      String value = properties.getProperty(name);
      if (value != null) {
        snapshot.put(name, value.length() <= PROPERTY_LIMIT ? value
            : value.substring(0, PROPERTY_LIMIT) + "… [" + (value.length() - PROPERTY_LIMIT) + " characters cut]");
      }
    }
    return snapshot;
  }

  static int run(ForkSettings settings, ForkEvents events) {
    Function<String, Optional<String>> configured = configured(settings);
    Map<String, String> parameters = withDefaults(settings, configured);
    Function<String, Optional<String>> lookup =
        key -> Optional.ofNullable(parameters.get(key)).or(() -> configured.apply(key));
    List<LauncherDiscoveryRequest> requests;
    Launcher launcher;
    try {
      // Bad settings end the run before any test: the same checks the extension makes later.
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      FailFastConfiguration.read(lookup, loader);
      settings.parameters().forEach((key, value) -> {
        if (PomGroups.namesThrowables(key)) {
          FailFastConfiguration.throwableTypes(PomGroups.inPom(key), value, loader);
        }
      });
      requests = requests(settings, parameters, lookup, loader);
      launcher = LauncherFactory.create();
    } catch (IllegalArgumentException e) {
      events.aborted(e.getMessage());
      return EXIT_ABORTED;
    } catch (RuntimeException | LinkageError e) {
      // Before any test started there are no results to save: say what broke instead.
      events.aborted("the test JVM could not start the run: " + TestResult.stackTrace(e));
      return EXIT_ABORTED;
    }
    GroupEventForwarder forwarder = new GroupEventForwarder(events);
    GroupListeners.register(forwarder);
    try {
      List<TestPlan> plans = requests.stream().map(launcher::discover).toList();
      StreamingListener listener = new StreamingListener(events, lookup);
      events.systemProperties(systemProperties());
      listener.announce(plans);
      for (TestPlan plan : plans) {
        launcher.execute(plan, listener);
      }
    } finally {
      GroupListeners.unregister(forwarder);
    }
    events.runFinished();
    return 0;
  }

  /**
   * One discovery request, or two when the pom alone puts classes in parallel groups: Jupiter takes
   * a class's execution mode from its annotations, so those classes get an execution of their own
   * whose default mode is concurrent (G9), after the other classes'. Both executions share one run
   * of groups, so a group, and {@code scope=run}, reach across them.
   */
  private static List<LauncherDiscoveryRequest> requests(ForkSettings settings, Map<String, String> parameters,
      Function<String, Optional<String>> lookup, ClassLoader loader) {
    Map<Boolean, List<String>> pomConcurrent = settings.classes().stream()
        .collect(Collectors.partitioningBy(name -> concurrentByPomAlone(name, lookup, loader)));
    if (pomConcurrent.get(true).isEmpty()) {
      return List.of(request(settings, settings.classes(), parameters));
    }
    Map<String, String> shared = new LinkedHashMap<>(parameters);
    shared.put(GroupRegistry.SHARED_RUN, UUID.randomUUID().toString());
    Map<String, String> concurrent = new LinkedHashMap<>(shared);
    concurrent.put(MODE_DEFAULT, "concurrent");
    concurrent.put(MODE_CLASSES_DEFAULT, "concurrent");
    List<LauncherDiscoveryRequest> requests = new ArrayList<>();
    if (!pomConcurrent.get(false).isEmpty()) {
      requests.add(request(settings, pomConcurrent.get(false), shared));
    }
    requests.add(request(settings, pomConcurrent.get(true), concurrent));
    return requests;
  }

  /** Whether only the pom makes a class a member of a parallel group; a class that will not load stays put. */
  private static boolean concurrentByPomAlone(String className, Function<String, Optional<String>> lookup,
      ClassLoader loader) {
    if (lookup.apply(PomGroups.memberKey(className)).isEmpty()) {
      return false;
    }
    try {
      return GroupMembership.declarationOf(Class.forName(className, false, loader), lookup)
          .filter(declaration -> declaration.annotation() == null && declaration.parallel())
          .isPresent();
    } catch (ClassNotFoundException | LinkageError e) {
      return false; // JUnit reports it in the run
    }
  }

  private static LauncherDiscoveryRequest request(ForkSettings settings, List<String> classes,
      Map<String, String> parameters) {
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
        .configurationParameters(parameters);
    classes.forEach(name -> request.selectors(DiscoverySelectors.selectClass(name)));
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

  /**
   * The launcher's parameters: the settings', plus what failfast needs where the project
   * configures nothing itself: parallel execution with fixed parallelism = threads, and per-test
   * output capture for the reports.
   */
  static Map<String, String> withDefaults(ForkSettings settings, Function<String, Optional<String>> configured) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (configured.apply(PARALLEL_ENABLED).isEmpty()) {
      parameters.put(PARALLEL_ENABLED, "true");
    }
    if (configured.apply(PARALLEL_STRATEGY).isEmpty() && configured.apply(PARALLELISM).isEmpty()) {
      parameters.put(PARALLEL_STRATEGY, "fixed");
      parameters.put(PARALLELISM, Integer.toString(settings.threads()));
    }
    if (configured.apply(EXECUTOR_SERVICE).isEmpty()) {
      parameters.put(EXECUTOR_SERVICE, "fork_join_pool");
    }
    for (String capture : new String[] {CAPTURE_STDOUT, CAPTURE_STDERR}) {
      if (configured.apply(capture).isEmpty()) {
        parameters.put(capture, "true");
      }
    }
    parameters.putAll(settings.parameters());
    return parameters;
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
