package dev.failfast.maven;

import dev.failfast.maven.fork.JavaExecutable;
import dev.failfast.maven.forks.FailureBudget;
import dev.failfast.maven.forks.ForkCount;
import dev.failfast.maven.report.ReportOptions;
import dev.failfast.maven.select.PatternFile;
import dev.failfast.maven.select.RunOrder;
import dev.failfast.maven.shard.Split;
import dev.failfast.maven.surefire.PluginConfiguration;
import dev.failfast.maven.surefire.SurefirePlugin;
import dev.failfast.maven.surefire.TakeOver;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * The settings of the goals that run tests: failfast's own parameters and, where they are unset,
 * what the project's Surefire (Failsafe for {@code integration-test}) configuration says, read
 * into one checked {@link RunSettings}.
 */
public abstract class ConfiguredMojo extends SkippableMojo {

  /**
   * Tests run at once, all groups together, in each test JVM: with {@code forkCount=2} twice as
   * many run on the machine. Default: one per processor.
   */
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

  /**
   * How many more times a failing test runs, at once, before its failure counts (and, if fatal,
   * cancels its group); one that passes later is flaky. Unset: Surefire's {@code
   * rerunFailingTestsCount}, else 0.
   */
  @Parameter(property = "failfast.rerunFailingTestsCount")
  private Integer rerunFailingTestsCount;

  /** Failure types that cancel a group (with their subclasses and causes); empty: every failure does. */
  @Parameter(property = "failfast.fatal")
  private List<String> fatal;

  /** Failure types reported as failures that never cancel a group; they win over {@code fatal}. */
  @Parameter(property = "failfast.nonFatal")
  private List<String> nonFatal;

  /**
   * Fail-fast groups set up in the pom (not Surefire's {@code groups}, which are tags: see
   * {@code tags}). Each {@code group} element has a {@code name}, {@code includes} (class patterns
   * that assign classes to it), {@code parallel}, {@code fatal} and {@code nonFatal}. The groups'
   * classes get the failfast extension through JUnit's extension auto-detection, which is then enabled.
   * Classes assigned only by pattern to a parallel group run concurrently, in a second JUnit
   * execution after the other classes that shares their groups.
   */
  @Parameter
  private PlexusConfiguration groups;

  /**
   * Test class patterns to run. Unset: Surefire's {@code includes} and {@code includesFile}, else
   * Surefire's defaults (Failsafe's for {@code integration-test}).
   */
  @Parameter
  private List<String> includes;

  /**
   * Test class patterns not to run. Unset: Surefire's {@code excludes} and {@code excludesFile},
   * else {@code **}{@code /*$*} (nested classes run with their outer class).
   */
  @Parameter
  private List<String> excludes;

  /**
   * JUnit tag expressions, comma-separated, tests must match one of, such as {@code fast | db}.
   * Unset: Surefire's {@code groups} ({@code -Dgroups}).
   */
  @Parameter(property = "failfast.tags")
  private String tags;

  /**
   * JUnit tag expressions, comma-separated, no test may match, such as {@code slow}. Unset:
   * Surefire's {@code excludedGroups} ({@code -DexcludedGroups}).
   */
  @Parameter(property = "failfast.excludedTags")
  private String excludedTags;

  /**
   * Arguments of the test JVM; {@code @{property}} is replaced when the tests run, as JaCoCo needs.
   * Unset: Surefire's {@code argLine}, else {@code @{argLine}}, the {@code argLine} property as it
   * is when the tests run.
   */
  @Parameter
  private String argLine;

  /** System properties of the test JVM. Unset: Surefire's. */
  @Parameter
  private Map<String, String> systemPropertyVariables;

  /** Environment variables of the test JVM, on top of the build's. Unset: Surefire's. */
  @Parameter
  private Map<String, String> environmentVariables;

  /**
   * The test JVM's {@code java} executable, relative to the project's base directory or absolute;
   * it wins over a toolchain. Unset: Surefire's {@code jvm}, else the toolchain's, else the JVM
   * running Maven.
   */
  @Parameter(property = "jvm")
  private String jvm;

  /** The test JVM's working directory. Unset: Surefire's, else the project's base directory. */
  @Parameter
  private File workingDirectory;

  /**
   * JUnit configuration parameters, one {@code key=value} per line as in
   * {@code junit-platform.properties}. Unset: the {@code configurationParameters} entry of
   * Surefire's {@code properties}.
   */
  @Parameter
  private String configurationParameters;

  /** Paths added to the end of the test classpath. Unset: Surefire's. */
  @Parameter(property = "maven.test.additionalClasspath")
  private List<String> additionalClasspathElements;

  /** Dependencies left off the test classpath, as {@code groupId:artifactId}. Unset: Surefire's. */
  @Parameter(property = "maven.test.dependency.excludes")
  private List<String> classpathDependencyExcludes;

  /** Dependencies, as {@code groupId:artifactId}, whose classes are scanned for tests too. Unset: Surefire's. */
  @Parameter(property = "dependenciesToScan")
  private List<String> dependenciesToScan;

  /** Run the tests with assertions enabled ({@code -ea}). Unset: Surefire's, else true. */
  @Parameter(property = "enableAssertions")
  private Boolean enableAssertions;

  /**
   * The order test classes run in: {@code filesystem}, {@code alphabetical},
   * {@code reversealphabetical}, {@code random} or {@code hourly}. Unset: Surefire's, else
   * {@code filesystem}, the order the scan finds them.
   */
  @Parameter(property = "failfast.runOrder")
  private String runOrder;

  /** The seed of the {@code random} run order, to repeat one. Unset: Surefire's, else a new one. */
  @Parameter(property = "failfast.runOrder.random.seed")
  private Long runOrderRandomSeed;

  /**
   * Write each class's test output to a file beside its report instead of the console. Unset:
   * Surefire's, else false.
   */
  @Parameter(property = "maven.test.redirectTestOutputToFile")
  private Boolean redirectTestOutputToFile;

  /** Cut stack traces to the test's own frames. Unset: Surefire's, else false. */
  @Parameter(property = "trimStackTrace")
  private Boolean trimStackTrace;

  /**
   * Take settings failfast's block leaves unset from Surefire's configuration (Failsafe's for
   * {@code integration-test}).
   */
  @Parameter(property = "failfast.inheritSurefire", defaultValue = "true")
  private boolean inheritSurefire;

  /**
   * Where the reports go. Unset: Surefire's {@code reportsDirectory}, else {@code surefire-reports}
   * ({@code failsafe-reports} for {@code integration-test}) in the build directory.
   */
  @Parameter
  private File reportsDirectory;

  /** Fail the build when a test was stopped by a cancellation. */
  @Parameter(property = "failfast.failOnStopped", defaultValue = "false")
  private boolean failOnStopped;

  /**
   * The whole run's limit, such as {@code 600} (seconds) or {@code 10m}; {@code 0}: none. Unset:
   * Surefire's {@code forkedProcessTimeoutInSeconds} ({@code -Dsurefire.timeout}; Failsafe's and
   * {@code -Dfailsafe.timeout} for {@code integration-test}) unless its {@code reuseForks} is false, else none.
   */
  @Parameter(property = "failfast.timeout")
  private String timeout;

  /**
   * How long the test JVM may take to exit after its last event, in seconds: one that a shutdown
   * hook or thread holds longer is ended with a warning naming what held it. As Surefire's: unset,
   * Surefire's ({@code -Dsurefire.exitTimeout}; Failsafe's and {@code -Dfailsafe.exitTimeout} for
   * {@code integration-test}), else 30.
   */
  @Parameter
  private Integer forkedProcessExitTimeoutInSeconds;

  /**
   * How many test JVMs run the tests side by side, in Surefire's syntax: {@code 2}, or {@code 1C}
   * for one per processor core ({@code 1.5C}: one and a half). Each group runs whole in one of them;
   * classes are spread to balance the durations the last run recorded. {@code threads} applies to
   * each test JVM. Unset: Surefire's {@code forkCount} ({@code -DforkCount}), else 1.
   */
  @Parameter(property = "failfast.forkCount")
  private String forkCount;

  /**
   * Cancels the whole run, as {@code scope=run} does, once this many tests failed or errored in all
   * test JVMs together (a rerun's earlier attempts never count). Unset: Surefire's
   * {@code skipAfterFailureCount} ({@code -Dsurefire.skipAfterFailureCount}), else 0: no limit.
   */
  @Parameter(property = "failfast.skipAfterFailureCount")
  private String skipAfterFailureCount;

  /** Report failing tests without failing the build. Unset: Surefire's {@code testFailureIgnore}, else false. */
  @Parameter(property = "maven.test.failure.ignore")
  private Boolean testFailureIgnore;

  /**
   * Run only the k-th of n parts of the tests, such as {@code 2/4}, for a CI's parallel jobs (the
   * README's "CI shards" has a GitHub Actions and a GitLab job). Every class is in exactly one part
   * and a group is never split; the parts are balanced by {@code timings}, by planned test counts
   * where there are none. Each shard writes its own reports; {@code failfast:merge} combines their
   * summaries into one table and one verdict. Unset: the whole run.
   */
  @Parameter(property = "failfast.shard")
  private String shard;

  /**
   * The class durations a shard's split is balanced by: a {@code failfast-summary.json}, or a
   * directory holding one, such as what {@code failfast:merge} writes. Give every shard of a run
   * the same file (a CI cache keeps it between runs). Unset: the last run's summary in the reports
   * directory. Missing or unusable: a warning, and the split goes by planned test counts.
   */
  @Parameter(property = "failfast.timings")
  private File timings;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  /** The project as a forked lifecycle left it ({@code run}), with the properties it set. */
  @Parameter(defaultValue = "${executedProject}", readonly = true)
  private MavenProject executedProject;

  /** The session as the tests see it: its current project is {@link #testedProject()}. */
  private MavenSession testedSession;

  /** The plugin whose settings this goal takes over. */
  protected abstract SurefirePlugin surefirePlugin();

  protected abstract List<String> defaultIncludes();

  protected abstract String defaultReportsDirectoryName();

  /**
   * Resolves every setting, saying on the console what was taken over from Surefire and which of
   * its settings failfast does not implement yet.
   *
   * @throws IllegalArgumentException naming a setting that is wrong and the fix
   */
  RunSettings settings() throws IOException {
    SurefirePlugin plugin = surefirePlugin();
    PluginConfiguration pom = inheritSurefire ? PluginConfiguration.of(project, plugin, this::evaluate)
        : PluginConfiguration.none();
    TakeOver take = new TakeOver(plugin, pom, name -> evaluate("${" + name + "}"));
    RunSettings.Jvm jvm = jvm(take, plugin);
    RunSettings.Classes classes = classes(take, plugin);
    PomSettings pomSettings = PomSettings.check(new PomSettings.Written(threads, scope, grace,
        take.timeout(timeout), fatal, nonFatal,
        Group.parse(groups), take.configurationParameters(configurationParameters)));
    pomSettings = RerunSetting.apply(pomSettings, take.text(RerunSetting.NAME,
        rerunFailingTestsCount == null ? null : rerunFailingTestsCount.toString(),
        plugin.property(RerunSetting.NAME)));
    ReportOptions report = new ReportOptions(
        take.flag("redirectTestOutputToFile", redirectTestOutputToFile, "maven.test.redirectTestOutputToFile", false),
        take.flag("trimStackTrace", trimStackTrace, "trimStackTrace", false));
    ForkCount forks = ForkCount.parse(take.text("forkCount", forkCount, "forkCount"),
        Runtime.getRuntime().availableProcessors());
    FailureBudget budget = FailureBudget.parse(take.text("skipAfterFailureCount", skipAfterFailureCount,
        plugin.property("skipAfterFailureCount")));
    String reportsName = take.text("reportsDirectory", reportsDirectory == null ? null : reportsDirectory.getPath(), null);
    Path reports = (reportsName != null ? resolve(reportsName)
        : new File(project.getBuild().getDirectory(), defaultReportsDirectoryName())).toPath();
    boolean ignoreFailures = take.flag("testFailureIgnore", testFailureIgnore, "maven.test.failure.ignore", false);
    if (take.summary() != null) {
      getLog().info(take.summary());
    }
    take.notImplemented().forEach(getLog()::warn);
    if (forks.note() != null) {
      getLog().warn(forks.note());
    }
    if (classes.runOrder().warning() != null) {
      getLog().warn(classes.runOrder().warning());
    }
    return new RunSettings(pomSettings, jvm, classes, report, reports, failOnStopped, ignoreFailures, forks, budget);
  }

  /**
   * The shard this build runs, with its timings; empty for the whole run.
   *
   * @throws IllegalArgumentException for a shard that is not k/n
   */
  Optional<Split> split(Path reports) {
    return Split.of(shard, timings == null ? null : timings.toPath(), reports, getLog());
  }

  private RunSettings.Jvm jvm(TakeOver take, SurefirePlugin plugin) {
    String jvmArguments = take.text("argLine", argLine, null);
    Map<String, String> systemProperties = take.map("systemPropertyVariables", systemPropertyVariables);
    Map<String, String> environment = take.map("environmentVariables", environmentVariables);
    String workingDirectoryName = take.text("workingDirectory", workingDirectory == null ? null
        : workingDirectory.getPath(), null);
    String exitTimeout = take.text("forkedProcessExitTimeoutInSeconds", forkedProcessExitTimeoutInSeconds == null
        ? null : forkedProcessExitTimeoutInSeconds.toString(), plugin.property("exitTimeout"));
    String java = take.text("jvm", jvm, "jvm");
    return new RunSettings.Jvm(java == null ? null : JavaExecutable.of(java, project.getBasedir().toPath()),
        jvmArguments, systemProperties, environment,
        workingDirectoryName == null ? project.getBasedir() : resolve(workingDirectoryName),
        exitTimeout(exitTimeout == null ? "30" : exitTimeout),
        take.flag("enableAssertions", enableAssertions, "enableAssertions", true),
        take.list("additionalClasspathElements", additionalClasspathElements, "maven.test.additionalClasspath"),
        take.list("classpathDependencyExcludes", classpathDependencyExcludes, "maven.test.dependency.excludes"));
  }

  private RunSettings.Classes classes(TakeOver take, SurefirePlugin plugin) throws IOException {
    List<String> classIncludes = new ArrayList<>(take.list("includes", includes, plugin.property("includes")));
    if (includes == null || includes.isEmpty()) {
      String file = take.text("includesFile", null, plugin.property("includesFile"));
      classIncludes.addAll(PatternFile.read("includesFile", file(file)));
    }
    List<String> classExcludes = new ArrayList<>(take.list("excludes", excludes, plugin.property("excludes")));
    if (excludes == null || excludes.isEmpty()) {
      String file = take.text("excludesFile", null, plugin.property("excludesFile"));
      classExcludes.addAll(PatternFile.read("excludesFile", file(file)));
    }
    String seed = take.text("runOrderRandomSeed", runOrderRandomSeed == null ? null : runOrderRandomSeed.toString(),
        plugin.property("runOrder.random.seed"));
    return new RunSettings.Classes(
        classIncludes.isEmpty() ? defaultIncludes() : classIncludes,
        classExcludes.isEmpty() ? List.of("**/*$*") : classExcludes,
        TakeOver.commaSeparated(take.text("groups", tags, "groups")),
        TakeOver.commaSeparated(take.text("excludedGroups", excludedTags, "excludedGroups")),
        take.list("dependenciesToScan", dependenciesToScan, "dependenciesToScan"),
        RunOrder.of(take.text("runOrder", runOrder, plugin.property("runOrder")), seed));
  }

  private static Duration exitTimeout(String seconds) {
    try {
      long value = Long.parseLong(seconds.trim());
      if (value >= 0 && value <= Integer.MAX_VALUE) {
        return Duration.ofSeconds(value);
      }
    } catch (NumberFormatException e) {
      // the message below names the problem
    }
    throw new IllegalArgumentException("forkedProcessExitTimeoutInSeconds: '" + seconds
        + "' is not a number of seconds; give the seconds the test JVM may take to exit, such as 30");
  }

  /**
   * Maven's evaluation of the {@code ${...}} expressions in a text; {@code null} when it names
   * nothing. As Surefire's configuration is evaluated where Surefire runs: in the project the tests
   * run in, which for {@code run} is the one its forked lifecycle left, with the properties that
   * lifecycle set ({@code ${argLine}} after JaCoCo's {@code prepare-agent}).
   */
  private String evaluate(String text) {
    if (testedSession == null) {
      testedSession = session;
      if (testedProject() != project) {
        testedSession = session.clone(); // the build's own session keeps its current project
        testedSession.setCurrentProject(testedProject());
      }
    }
    try {
      Object value = new PluginParameterExpressionEvaluator(testedSession, mojoExecution).evaluate(text);
      return value == null ? null : value.toString();
    } catch (ExpressionEvaluationException e) {
      throw new IllegalArgumentException("Cannot evaluate '" + text + "': " + e.getMessage(), e);
    }
  }

  /**
   * The project the tests run in: for a goal that forks a lifecycle ({@code run}), the project as
   * that lifecycle left it, with the properties it set; else the project. Only then: Maven keeps
   * an earlier goal's forked project on the project for the rest of the build.
   */
  MavenProject testedProject() {
    return mojoExecution.getMojoDescriptor().getExecutePhase() != null && executedProject != null
        ? executedProject : project;
  }

  private File resolve(String path) {
    File file = new File(path);
    return file.isAbsolute() ? file : new File(project.getBasedir(), path);
  }

  /** @return {@code null} for {@code null} */
  private Path file(String path) {
    return path == null ? null : resolve(path).toPath();
  }
}
