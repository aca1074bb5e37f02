package dev.failfast.maven;

import dev.failfast.maven.run.ResultFile;
import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Fails the build when the integration tests that {@code failfast:integration-test} ran did not pass. */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends SkippableMojo {

  static final String RESULT_FILE = "${project.build.directory}/failfast-integration-test.properties";

  /** The result {@code failfast:integration-test} recorded. */
  @Parameter(defaultValue = RESULT_FILE, required = true)
  private File resultFile;

  /** Skip the integration tests only, as Failsafe's {@code skipITs}. */
  @Parameter(property = "skipITs", defaultValue = "false")
  private boolean skipITs;

  @Override
  protected boolean skipRequested() {
    return skipITs || super.skipRequested();
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped()) {
      return;
    }
    if (!resultFile.isFile()) {
      getLog().info("No integration test result at " + resultFile + "; nothing to verify.");
      return;
    }
    Optional<String> failure;
    try {
      failure = ResultFile.read(resultFile.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read " + resultFile + ": " + e.getMessage(), e);
    }
    if (failure.isPresent()) {
      throw new MojoFailureException(failure.get());
    }
  }
}
