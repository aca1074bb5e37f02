package dev.failfast.maven;

import dev.failfast.maven.surefire.SurefirePlugin;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Runs the tests with per-group fail-fast, in place of Surefire; fails the build on failures. */
@Mojo(name = "test", defaultPhase = LifecyclePhase.TEST, requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class TestMojo extends AbstractFailFastMojo {

  /**
   * Runs only these tests, in Surefire's syntax: {@code OrderTest}, {@code OrderTest#charge},
   * {@code com.acme.*Test}, {@code !SlowTest}, {@code %regex[...]}, comma-separated. Replaces
   * {@code includes} and {@code excludes}; the build fails when it matches no test.
   */
  @Parameter(property = "test")
  private String test;

  /** Fail the build when {@code -Dtest} matches no test; false lets modules without a match pass. */
  @Parameter(property = "surefire.failIfNoSpecifiedTests", defaultValue = "true")
  private boolean failIfNoSpecifiedTests;

  @Override
  protected SurefirePlugin surefirePlugin() {
    return SurefirePlugin.SUREFIRE;
  }

  @Override
  protected boolean failIfNoSpecifiedTests() {
    return failIfNoSpecifiedTests;
  }

  @Override
  protected String testFilter() {
    return test;
  }

  @Override
  protected List<String> defaultIncludes() {
    return List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");
  }

  @Override
  protected String defaultReportsDirectoryName() {
    return "surefire-reports";
  }

  @Override
  protected void conclude(String failure) throws MojoFailureException {
    if (failure != null) {
      throw new MojoFailureException(failure);
    }
  }
}
