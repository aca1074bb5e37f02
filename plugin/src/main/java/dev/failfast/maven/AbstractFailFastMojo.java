package dev.failfast.maven;

import dev.failfast.junit.fork.ForkSettings;
import dev.failfast.maven.cds.ClassDataSharing;
import dev.failfast.junit.group.GroupRegistry;
import dev.failfast.maven.console.ConsoleReporter;
import dev.failfast.maven.fork.ArgLine;
import dev.failfast.maven.fork.ForkCommand;
import dev.failfast.maven.fork.ForkProcess;
import dev.failfast.maven.github.GitHubActions;
import dev.failfast.maven.forks.ForkRun;
import dev.failfast.maven.forks.ForkTimings;
import dev.failfast.maven.forks.PlanFirst;
import dev.failfast.maven.report.ClassResult;
import dev.failfast.maven.report.ReportFiles;
import dev.failfast.maven.report.ReportRehearsal;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.SurefireReportWriter;
import dev.failfast.maven.run.Observers;
import dev.failfast.maven.run.OutputSpool;
import dev.failfast.maven.run.RunEnding;
import dev.failfast.maven.run.RunModel;
import dev.failfast.maven.run.Verdict;
import dev.failfast.maven.run.Watchdog;
import dev.failfast.maven.select.ClassFiles;
import dev.failfast.maven.select.ClassPattern;
import dev.failfast.maven.select.TestFilter;
import dev.failfast.maven.select.TestSelection;
import dev.failfast.maven.shard.Split;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;
import org.eclipse.aether.RepositorySystem;

/**
 * What the {@code run}, {@code test} and {@code integration-test} goals share: select the test
 * classes, start a test JVM, turn its events into console lines and Surefire reports, and decide
 * whether the build fails. The goals differ only in defaults and in what they do with that
 * decision.
 */
public abstract class AbstractFailFastMojo extends ConfiguredMojo {

  private static final Duration QUIET_REPORT = Duration.ofSeconds(30);

  @Parameter(defaultValue = "${project.build.testOutputDirectory}", readonly = true, required = true)
  private File testClassesDirectory;

  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  private File classesDirectory;

  /**
   * Whether the test JVM maps JUnit's and failfast's classes from a class-data-sharing archive in
   * {@code target/failfast-cds}, trained beside the first run for each JDK and JUnit version, to
   * start faster. Left out when the {@code argLine} sets class data sharing itself.
   */
  @Parameter(property = "failfast.cds", defaultValue = "true")
  private boolean cds;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  /**
   * Under GitHub Actions ({@code GITHUB_ACTIONS=true}): annotate each failure at the test source
   * line that threw, warn of each cancelled group, and append the results to the job's step
   * summary. {@code false} turns it off.
   */
  @Parameter(property = "failfast.githubActions", defaultValue = "true")
  private boolean githubActions;

  @Inject
  private RepositorySystem repositorySystem;

  @Inject
  private ToolchainManager toolchainManager;

  /** The test filter in Surefire's syntax, from the goal's own property; {@code null} for none. */
  protected abstract String testFilter();

  /** Whether a test filter that matches no test fails the build (Surefire's {@code failIfNoSpecifiedTests}). */
  protected abstract boolean failIfNoSpecifiedTests();

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

  /**
   * What the pom and the command line ask for, checked, with the classes they select.
   *
   * @param split nullable; the shard this build runs, {@code null} for the whole run
   */
  private record Prepared(RunSettings settings, String filter, TestSelection selection, List<String> jvmArguments,
      TestClasspath classpath, Split split) {}

  /** @return why the build should fail, or {@code null} */
  private String runTests() throws MojoExecutionException, MojoFailureException, IOException, InterruptedException {
    Prepared run = prepare();
    if (run.selection().classes().isEmpty()) {
      if (run.filter() == null) {
        getLog().info("No tests to run.");
      } else if (failIfNoSpecifiedTests()) {
        throw new MojoFailureException(Verdict.noTestMatched(run.filter()));
      } else {
        getLog().info("No tests matched " + run.filter() + " in this module; failIfNoSpecifiedTests is false.");
      }
      return null;
    }
    Path reports = run.settings().reports();
    ConsoleReporter console = new ConsoleReporter(getLog(), System.out, run.settings().report(), reports,
        plan -> run.split() == null ? List.of() : List.of(run.split().line(plan)));
    ReportFiles files = new ReportFiles(new SurefireReportWriter(reports));
    Optional<GitHubActions> github = githubActions ? GitHubActions.inEnvironment(System.getenv(), System.out, getLog(),
        project.getArtifactId(), project.getBasedir().toPath(), project.getTestCompileSourceRoots().stream().map(Path::of)
            .toList()) : Optional.empty();
    RunEnding ending;
    RunModel model;
    ForkRun forks;
    long start = System.nanoTime();
    Path temporary = Files.createDirectories(Path.of(project.getBuild().getDirectory(), "failfast-tmp"));
    try (OutputSpool spool = new OutputSpool(Files.createTempDirectory(temporary, "output-"))) {
      PlanFirst inOrder = new PlanFirst(github.isEmpty() ? console : new Observers(List.of(console, github.get())));
      model = new RunModel(inOrder, files, spool, run.settings().forkCount().count());
      forks = fork(run, model, inOrder, temporary); // each class's report is written as the class finishes
      ending = forks.conclude();
    }
    List<ClassResult> classes = model.classResults();
    RunSummary summary = model.summary(Duration.ofNanos(System.nanoTime() - start), ending.forkExit())
        .of(run.split() == null ? null : run.split().shard(), classes).withCrossForkCancel(forks.crossForkCancel());
    files.writeSummary(summary);
    console.summary(summary, classes);
    github.ifPresent(actions -> actions.runFinished(summary, classes));
    if (files.failure() != null) {
      throw new MojoExecutionException(files.failure());
    }
    boolean testFailureIgnore = run.settings().testFailureIgnore();
    String failure = new Verdict(testFailureIgnore, run.settings().failOnStopped())
        .failure(summary.totals(), ending, run.filter(), reports.toString());
    if (failure == null && testFailureIgnore && summary.totals().failed() > 0) {
      getLog().warn("There are test failures; testFailureIgnore (maven.test.failure.ignore) is set, so the build goes on");
    }
    return failure;
  }

  /** Checks everything that can be checked before the test JVM starts (docs/rules.md "Bad input"), changing nothing on disk. */
  private Prepared prepare() throws MojoExecutionException, MojoFailureException, IOException {
    String filter = testFilter() == null || testFilter().isBlank() ? null : testFilter().trim();
    try {
      RunSettings settings = settings();
      TestFilter testFilter = filter == null ? null : TestFilter.parse(filter);
      List<String> jvmArguments = new ArrayList<>();
      if (settings.jvm().enableAssertions()) {
        jvmArguments.add("-ea"); // first, so that a -da in argLine wins
      }
      // Unset, as Surefire's argLine parameter: -DargLine, else the argLine property, read when the
      // tests run so that what the forked lifecycle of run set (JaCoCo's agent) counts.
      String argLine = settings.jvm().argLine() != null ? settings.jvm().argLine()
          : session.getUserProperties().getProperty("argLine", "@{argLine}");
      jvmArguments.addAll(ArgLine.requireResolved(ArgLine.split(ArgLine.interpolate(argLine, this::lateProperty))));
      checkCreatable(settings.reports());
      TestClasspath testClasspath = new TestClasspath(project, session, repositorySystem);
      List<String> classFiles = new ArrayList<>(ClassFiles.inDirectory(testClassesDirectory.toPath()));
      for (Path jar : testClasspath.toScan(settings.classes().dependenciesToScan())) {
        classFiles.addAll(ClassFiles.inJar(jar));
      }
      TestSelection selection = TestSelection.scan(classFiles, new TestSelection.Criteria(
              patterns("includes", settings.classes().includes()), patterns("excludes", settings.classes().excludes()),
              testFilter, settings.pom().groups()))
          .ordered(settings.classes().runOrder(), LocalTime.now().getHour());
      if (settings.classes().runOrder().name().equals("random")) {
        getLog().info("The test classes run in random order; to repeat it, set runOrderRandomSeed to "
            + settings.classes().runOrder().seed());
      }
      Split split = split(settings.reports()).orElse(null);
      return new Prepared(settings, filter, selection, jvmArguments, testClasspath, split);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }

  /** Runs the test JVMs to their end, delivering their events to the model. */
  private ForkRun fork(Prepared run, RunModel model, PlanFirst console, Path temporary)
      throws MojoExecutionException, MojoFailureException, IOException, InterruptedException {
    RunSettings settings = run.settings();
    Map<String, String> parameters = new LinkedHashMap<>(settings.pom().junitParameters(run.selection().groups()));
    if (run.split() != null) {
      parameters.putAll(run.split().parameters(temporary));
    }
    if (settings.failureBudget().isSet()) {
      // The build JVM counts the failures; every class, grouped or not, must be stoppable.
      parameters.put(GroupRegistry.CANCELLABLE_RUN, "true");
      parameters.put(PomSettings.AUTODETECTION, "true");
    }
    ForkSettings forkSettings = new ForkSettings(run.selection().classes(), run.selection().methodFilters(),
        settings.classes().tags(), settings.classes().excludedTags(),
        ForkTimings.parameters(settings.forkCount(), parameters, settings.reports(), temporary, getLog()),
        settings.pom().threads());
    ForkCommand configured = new ForkCommand(javaExecutable(settings.jvm()), run.jvmArguments(),
        systemProperties(settings.jvm()), classpath(run));
    Path workingDirectory = settings.jvm().workingDirectory().toPath();
    Files.createDirectories(workingDirectory);
    // In target/, not the shared temporary directory: it holds every -D property, secrets included.
    Path buildDirectory = Files.createDirectories(Path.of(project.getBuild().getDirectory()));
    ClassDataSharing sharing = cds
        ? ClassDataSharing.prepare(configured, buildDirectory.resolve(ClassDataSharing.DIRECTORY))
        : ClassDataSharing.off("failfast.cds is false");
    getLog().debug("Class data sharing: " + sharing);
    ForkCommand command = sharing.apply(configured);
    ForkRun forks = new ForkRun(new ForkRun.Context(model, console, new Watchdog.Limits(settings.pom().timeout(),
        QUIET_REPORT), getLog(), settings.jvm().exitTimeout()), settings.forkCount(), settings.failureBudget(),
        forkSettings);
    try (sharing) {
      ReportRehearsal.start(); // while the test JVM starts, so that the first report is written warm
      forks.run(index -> {
        Path argFile = Files.createTempFile(buildDirectory, "failfast-", ".args");
        return new ForkProcess.Launch(port -> {
          List<String> line = command.withArgumentFile(port, argFile);
          getLog().debug("Test JVM: " + String.join(" ", line) + " with " + command.arguments(port));
          return line;
        }, argFile, environment(settings.jvm()), workingDirectory);
      });
    }
    if (model.aborted() != null) {
      throw new MojoFailureException(model.aborted()); // bad input the test JVM found: no test ran
    }
    return forks;
  }

  /** Only when a test runs: a module without tests needs no JUnit on its classpath. */
  private List<Path> classpath(Prepared run) throws MojoExecutionException, MojoFailureException {
    try {
      return run.classpath().forFork(List.of(testClassesDirectory.toPath(), classesDirectory.toPath()),
          run.settings().jvm(), plugin.getArtifactMap().get("dev.failfast:failfast-junit-extension"));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }

  /**
   * A property for {@code @{name}} in argLine, as Surefire reads it, when the tests run: from the
   * project as the forked lifecycle of {@code run} left it (where JaCoCo's {@code prepare-agent}
   * set {@code argLine}), else from the project.
   */
  private String lateProperty(String name) {
    String value = testedProject().getProperties().getProperty(name);
    return value != null ? value : project.getProperties().getProperty(name);
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

  /** As Surefire: the {@code jvm} setting, else the toolchain's {@code java}, else Maven's own. */
  private Path javaExecutable(RunSettings.Jvm jvm) {
    if (jvm.java() != null) {
      return jvm.java();
    }
    Toolchain toolchain = toolchainManager.getToolchainFromBuildContext("jdk", session);
    String java = toolchain == null ? null : toolchain.findTool("java");
    if (java != null) {
      return Path.of(java);
    }
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
  }

  /** As Surefire: the pom's system properties, then the build's user properties, and basedir. */
  private Map<String, String> systemProperties(RunSettings.Jvm jvm) {
    Map<String, String> properties = new LinkedHashMap<>();
    jvm.systemProperties().forEach((key, value) -> properties.put(key, value == null ? "" : value));
    session.getUserProperties().stringPropertyNames()
        .forEach(key -> properties.put(key, session.getUserProperties().getProperty(key)));
    properties.put("basedir", project.getBasedir().getAbsolutePath());
    return properties;
  }

  private static Map<String, String> environment(RunSettings.Jvm jvm) {
    Map<String, String> environment = new LinkedHashMap<>();
    jvm.environment().forEach((key, value) -> environment.put(key, value == null ? "" : value));
    return environment;
  }
}
