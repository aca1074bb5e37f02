package dev.failfast.maven;

import dev.failfast.junit.fork.ForkSettings;
import dev.failfast.maven.console.ConsoleReporter;
import dev.failfast.maven.fork.ArgLine;
import dev.failfast.maven.fork.ForkClasspath;
import dev.failfast.maven.fork.ForkClasspath.Jar;
import dev.failfast.maven.fork.ForkCommand;
import dev.failfast.maven.fork.ForkExit;
import dev.failfast.maven.fork.ForkProcess;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.SummaryWriter;
import dev.failfast.maven.report.SurefireReportWriter;
import dev.failfast.maven.run.RunEnding;
import dev.failfast.maven.run.RunModel;
import dev.failfast.maven.run.Verdict;
import dev.failfast.maven.run.Watchdog;
import dev.failfast.maven.select.ClassPattern;
import dev.failfast.maven.select.TestFilter;
import dev.failfast.maven.select.TestSelection;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * What the {@code run}, {@code test} and {@code integration-test} goals share: select the test
 * classes, start a test JVM, turn its events into console lines and Surefire reports, and decide
 * whether the build fails. The goals differ only in defaults and in what they do with that
 * decision.
 */
public abstract class AbstractFailFastMojo extends SkippableMojo {

  private static final String SUMMARY_FILE = "failfast-summary.json";
  private static final Duration QUIET_REPORT = Duration.ofSeconds(30);

  /** Tests run at once, all groups together. Default: one per processor. */
  @Parameter(property = "failfast.threads")
  private Integer threads;

  /** {@code group} (default): a fatal failure cancels its group; {@code run}: it cancels the whole run. */
  @Parameter(property = "failfast.scope")
  private String scope;

  /**
   * How long a cancelled group waits for its running tests before reporting them stopped and
   * ending the test JVM without them, such as {@code 10s} or {@code 500ms}. Default: 10 s.
   */
  @Parameter(property = "failfast.grace")
  private String grace;

  /** Failure types that cancel a group (with their subclasses and causes); empty: every failure does. */
  @Parameter(property = "failfast.fatal")
  private List<String> fatal;

  /** Failure types reported as failures that never cancel a group; they win over {@code fatal}. */
  @Parameter(property = "failfast.nonFatal")
  private List<String> nonFatal;

  /**
   * Groups set up in the pom: {@code <group>} with {@code <name>}, {@code <includes>} to assign
   * classes by pattern, {@code <parallel>}, {@code <fatal>} and {@code <nonFatal>}. The groups'
   * classes get the failfast extension through JUnit's extension auto-detection, which is then
   * enabled. Classes assigned only by pattern to a parallel group run concurrently, in a second
   * JUnit execution after the other classes that shares their groups.
   */
  @Parameter
  private List<Group> groups = new ArrayList<>();

  /** Test class patterns to run; default as Surefire's (Failsafe's for {@code integration-test}). */
  @Parameter
  private List<String> includes;

  /** Test class patterns not to run; default {@code **}{@code /*$*} (nested classes run with their outer class). */
  @Parameter
  private List<String> excludes;

  /** A JUnit tag expression tests must match, such as {@code fast | db}. */
  @Parameter(property = "failfast.tags")
  private String tags;

  /** A JUnit tag expression no test may match, such as {@code slow}. */
  @Parameter(property = "failfast.excludedTags")
  private String excludedTags;

  /** Arguments of the test JVM; {@code @{property}} is replaced when the tests run, as JaCoCo needs. */
  @Parameter(property = "argLine")
  private String argLine;

  /** System properties of the test JVM. */
  @Parameter
  private Map<String, String> systemPropertyVariables = new LinkedHashMap<>();

  /** Environment variables of the test JVM, on top of the build's. */
  @Parameter
  private Map<String, String> environmentVariables = new LinkedHashMap<>();

  /** The test JVM's working directory. */
  @Parameter(defaultValue = "${basedir}")
  private File workingDirectory;

  /** JUnit configuration parameters, one {@code key=value} per line as in {@code junit-platform.properties}. */
  @Parameter
  private String configurationParameters;

  /** Where the reports go; default {@code surefire-reports} ({@code failsafe-reports} for {@code integration-test}). */
  @Parameter
  private File reportsDirectory;

  /** Fail the build when a test was stopped by a cancellation. */
  @Parameter(property = "failfast.failOnStopped", defaultValue = "false")
  private boolean failOnStopped;

  /** The whole run's limit, such as {@code 600} (seconds) or {@code 10m}; {@code 0}: none. */
  @Parameter(property = "failfast.timeout", defaultValue = "0")
  private String timeout;

  /**
   * How long the test JVM may take to exit after its last test, in seconds: one that a shutdown
   * hook or thread holds longer is ended with a warning naming what held it. As Surefire's.
   */
  @Parameter(property = "surefire.exitTimeout", defaultValue = "30")
  private int forkedProcessExitTimeoutInSeconds;

  /** Report failing tests without failing the build. */
  @Parameter(property = "maven.test.failure.ignore", defaultValue = "false")
  private boolean testFailureIgnore;

  @Parameter(defaultValue = "${project.build.testOutputDirectory}", readonly = true, required = true)
  private File testClassesDirectory;

  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  private File classesDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The project as a forked lifecycle left it ({@code run}), with the properties it set. */
  @Parameter(defaultValue = "${executedProject}", readonly = true)
  private MavenProject executedProject;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Inject
  private RepositorySystem repositorySystem;

  @Inject
  private ToolchainManager toolchainManager;

  /** The test filter in Surefire's syntax, from the goal's own property; {@code null} for none. */
  protected abstract String testFilter();

  protected abstract List<String> defaultIncludes();

  protected abstract String defaultReportsDirectoryName();

  /**
   * Acts on the run's verdict.
   *
   * @param failure nullable; why the build should fail
   */
  protected abstract void conclude(String failure) throws MojoExecutionException, MojoFailureException;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    try {
      conclude(runTests());
    } catch (IOException e) {
      throw new MojoExecutionException("failfast could not run the tests: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("interrupted while the tests ran", e);
    }
  }

  /** What the pom and the command line ask for, checked, with the classes they select. */
  private record Prepared(PomSettings settings, String filter, TestSelection selection, List<String> jvmArguments,
      Path reports) {}

  /** @return why the build should fail, or {@code null} */
  private String runTests() throws MojoExecutionException, MojoFailureException, IOException, InterruptedException {
    Prepared run = prepare();
    if (run.selection().classes().isEmpty()) {
      if (run.filter() != null) {
        throw new MojoFailureException(Verdict.noTestMatched(run.filter()));
      }
      getLog().info("No tests to run.");
      return null;
    }
    ConsoleReporter console = new ConsoleReporter(getLog());
    RunModel model = new RunModel(console);
    long start = System.nanoTime();
    RunEnding ending = fork(run, model, console);
    List<ClassResult> classes = model.classResults();
    RunSummary summary = model.summary(Duration.ofNanos(System.nanoTime() - start), ending.forkExit());
    SurefireReportWriter writer = new SurefireReportWriter(run.reports());
    for (ClassResult result : classes) {
      writer.write(result);
    }
    SummaryWriter.write(run.reports().resolve(SUMMARY_FILE), summary);
    console.summary(summary, classes);
    String failure = new Verdict(testFailureIgnore, failOnStopped)
        .failure(summary.totals(), ending, run.filter(), run.reports().toString());
    if (failure == null && testFailureIgnore && summary.totals().failures() + summary.totals().errors() > 0) {
      getLog().warn("There are test failures; maven.test.failure.ignore is set, so the build goes on");
    }
    return failure;
  }

  /** Checks everything that can be checked before the test JVM starts (SPEC §6), changing nothing on disk. */
  private Prepared prepare() throws MojoFailureException, IOException {
    String filter = testFilter() == null || testFilter().isBlank() ? null : testFilter().trim();
    Path reports = (reportsDirectory != null ? reportsDirectory
        : new File(project.getBuild().getDirectory(), defaultReportsDirectoryName())).toPath();
    try {
      PomSettings settings =
          PomSettings.check(threads, scope, grace, timeout, fatal, nonFatal, groups, configurationParameters);
      TestFilter testFilter = filter == null ? null : TestFilter.parse(filter);
      List<String> jvmArguments =
          ArgLine.split(ArgLine.interpolate(argLine == null ? "" : argLine, this::projectProperty));
      checkCreatable(reports);
      TestSelection selection = TestSelection.scan(testClassesDirectory.toPath(),
          patterns("includes", includes == null || includes.isEmpty() ? defaultIncludes() : includes),
          patterns("excludes", excludes == null || excludes.isEmpty() ? List.of("**/*$*") : excludes),
          testFilter, settings.groups());
      return new Prepared(settings, filter, selection, jvmArguments, reports);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }

  /** Runs the test JVM to its end, delivering its events to the model, and says how it ended. */
  private RunEnding fork(Prepared run, RunModel model, ConsoleReporter console)
      throws MojoExecutionException, MojoFailureException, IOException, InterruptedException {
    ForkSettings settings = new ForkSettings(run.selection().classes(), run.selection().methodFilters(),
        tagList(tags), tagList(excludedTags), run.settings().junitParameters(run.selection().groups()),
        run.settings().threads());
    ForkCommand command = new ForkCommand(javaExecutable(), run.jvmArguments(), systemProperties(), classpath());
    if (forkedProcessExitTimeoutInSeconds < 0) {
      throw new MojoFailureException("forkedProcessExitTimeoutInSeconds: " + forkedProcessExitTimeoutInSeconds
          + " is below 0; give the seconds the test JVM may take to exit, such as 30");
    }
    ForkProcess fork = new ForkProcess(getLog(), Duration.ofSeconds(forkedProcessExitTimeoutInSeconds));
    Files.createDirectories(workingDirectory.toPath());
    // In target/, not the shared temporary directory: it holds every -D property, secrets included.
    Path buildDirectory = Files.createDirectories(Path.of(project.getBuild().getDirectory()));
    Path argFile = Files.createTempFile(buildDirectory, "failfast-", ".args");
    ForkExit exit;
    Watchdog watchdog =
        new Watchdog(model, fork, run.settings().timeout(), QUIET_REPORT, console, getLog()).start();
    try (watchdog) {
      exit = fork.run(port -> {
        List<String> line = command.withArgumentFile(port, argFile);
        getLog().debug("Test JVM: " + String.join(" ", line) + " with " + command.arguments(port));
        return line;
      }, argFile, environment(), workingDirectory.toPath(), settings, model);
    }
    if (model.aborted() != null) {
      throw new MojoFailureException(model.aborted()); // bad input the test JVM found: no test ran
    }
    return RunEnding.conclude(model, exit, watchdog.stop());
  }

  private String projectProperty(String name) {
    MavenProject current = executedProject != null ? executedProject : project;
    return current.getProperties().getProperty(name);
  }

  private static List<ClassPattern> patterns(String parameter, List<String> sources) {
    List<ClassPattern> patterns = new ArrayList<>();
    for (String source : sources) {
      try {
        patterns.add(ClassPattern.of(source));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(parameter + ": '" + source + "' is not a pattern: " + e.getMessage()
            + "; write one such as **/*Test.java or %regex[.*Test.*]", e);
      }
    }
    return patterns;
  }

  private static List<String> tagList(String expression) {
    return expression == null || expression.isBlank() ? List.of() : List.of(expression.trim());
  }

  /**
   * Fails when the reports directory could not be made, without making it: the nearest existing
   * ancestor must be a writable directory.
   */
  private static void checkCreatable(Path reports) {
    Path existing = reports.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
      throw new IllegalArgumentException("reportsDirectory: " + reports + " cannot be created because " + existing
          + (existing != null && !Files.isDirectory(existing) ? " is a file" : " is not writable")
          + "; choose another directory");
    }
  }

  private Path javaExecutable() {
    Toolchain toolchain = toolchainManager.getToolchainFromBuildContext("jdk", session);
    String java = toolchain == null ? null : toolchain.findTool("java");
    if (java != null) {
      return Path.of(java);
    }
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
  }

  /** As Surefire: the pom's system properties, then the build's user properties, and basedir. */
  private Map<String, String> systemProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    systemPropertyVariables.forEach((key, value) -> properties.put(key, value == null ? "" : value));
    session.getUserProperties().stringPropertyNames()
        .forEach(key -> properties.put(key, session.getUserProperties().getProperty(key)));
    properties.put("basedir", project.getBasedir().getAbsolutePath());
    return properties;
  }

  private Map<String, String> environment() {
    Map<String, String> environment = new LinkedHashMap<>();
    environmentVariables.forEach((key, value) -> environment.put(key, value == null ? "" : value));
    return environment;
  }

  private List<Path> classpath() throws MojoExecutionException, MojoFailureException {
    List<Jar> testJars = new ArrayList<>();
    for (Artifact artifact : project.getArtifacts()) {
      if (artifact.getFile() != null && artifact.getArtifactHandler().isAddedToClasspath()) {
        testJars.add(jar(artifact));
      }
    }
    Artifact extension = plugin.getArtifactMap().get("dev.failfast:failfast-junit-extension");
    try {
      return ForkClasspath.assemble(List.of(testClassesDirectory.toPath(), classesDirectory.toPath()), testJars,
          jar(extension), this::resolveLauncher);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }

  private static Jar jar(Artifact artifact) {
    return new Jar(
        artifact.getGroupId(), artifact.getArtifactId(), artifact.getBaseVersion(), artifact.getFile().toPath());
  }

  /** The launcher matching the project's JUnit Platform, from the project's repositories, as Surefire does. */
  private List<Jar> resolveLauncher(String version) throws MojoExecutionException {
    Dependency launcher = new Dependency(
        new DefaultArtifact("org.junit.platform", "junit-platform-launcher", "jar", version), "runtime");
    CollectRequest request = new CollectRequest(launcher, project.getRemoteProjectRepositories());
    try {
      List<Jar> jars = new ArrayList<>();
      for (ArtifactResult result : repositorySystem
          .resolveDependencies(session.getRepositorySession(), new DependencyRequest(request, null))
          .getArtifactResults()) {
        org.eclipse.aether.artifact.Artifact artifact = result.getArtifact();
        jars.add(new Jar(artifact.getGroupId(), artifact.getArtifactId(), artifact.getBaseVersion(),
            artifact.getFile().toPath()));
      }
      return jars;
    } catch (DependencyResolutionException e) {
      throw new MojoExecutionException("Cannot resolve org.junit.platform:junit-platform-launcher:" + version
          + ", the launcher for the project's JUnit Platform " + version + ": " + e.getMessage(), e);
    }
  }
}
