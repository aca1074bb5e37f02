package dev.failfast.maven;

import dev.failfast.maven.run.ResultFile;
import dev.failfast.maven.surefire.SurefirePlugin;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs the integration tests, as Failsafe does: reports to {@code failsafe-reports} and records
 * the result for {@code failfast:verify} instead of failing, so {@code post-integration-test}
 * still tears down what the tests needed.
 */
@Mojo(name = "integration-test", defaultPhase = LifecyclePhase.INTEGRATION_TEST,
    requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class IntegrationTestMojo extends AbstractFailFastMojo {

  /** Runs only these integration tests, in the syntax of {@code -Dtest}. */
  @Parameter(property = "it.test")
  private String test;

  /** Fail when {@code -Dit.test} matches no test; false lets modules without a match pass. */
  @Parameter(property = "failsafe.failIfNoSpecifiedTests", defaultValue = "true")
  private boolean failIfNoSpecifiedTests;

  /** Failsafe's older name of {@code failIfNoSpecifiedTests}, which its users still type: either false lets it pass. */
  @Parameter(property = "it.failIfNoSpecifiedTests", defaultValue = "true")
  private boolean failIfNoSpecifiedTestsDeprecated;

  /** Skip the integration tests only, as Failsafe's {@code skipITs}. */
  @Parameter(property = "skipITs", defaultValue = "false")
  private boolean skipITs;

  /** Where the result for {@code failfast:verify} is recorded. */
  @Parameter(defaultValue = VerifyMojo.RESULT_FILE, required = true)
  private File resultFile;

  @Override
  protected SurefirePlugin surefirePlugin() {
    return SurefirePlugin.FAILSAFE;
  }

  @Override
  protected boolean skipRequested() {
    return skipITs || super.skipRequested();
  }

  @Override
  protected boolean failIfNoSpecifiedTests() {
    return failIfNoSpecifiedTests && failIfNoSpecifiedTestsDeprecated;
  }

  @Override
  protected String testFilter() {
    return test;
  }

  @Override
  protected List<String> defaultIncludes() {
    return List.of("**/IT*.java", "**/*IT.java", "**/*ITCase.java");
  }

  @Override
  protected String defaultReportsDirectoryName() {
    return "failsafe-reports";
  }

  @Override
  protected void conclude(String failure) throws MojoExecutionException {
    try {
      ResultFile.write(resultFile.toPath(), failure);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot record the result in " + resultFile + ": " + e.getMessage(), e);
    }
    if (failure != null) {
      getLog().warn("The integration tests did not pass; failfast:verify will fail the build");
    }
  }
}
