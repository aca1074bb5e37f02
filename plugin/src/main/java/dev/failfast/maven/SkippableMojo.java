package dev.failfast.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** The switches that skip every failfast goal, named as Surefire and Failsafe name them. */
public abstract class SkippableMojo extends AbstractMojo {

  /** Skip running the tests. */
  @Parameter(property = "skipTests", defaultValue = "false")
  private boolean skipTests;

  /** Skip compiling and running the tests. */
  @Parameter(property = "maven.test.skip", defaultValue = "false")
  private boolean mavenTestSkip;

  /** Skip failfast only. */
  @Parameter(property = "failfast.skip", defaultValue = "false")
  private boolean skip;

  /** Whether a switch asks to skip; goals with switches of their own add them. */
  protected boolean skipRequested() {
    return skip || skipTests || mavenTestSkip;
  }

  /** Whether to skip, saying so when it does. */
  protected boolean skipped() {
    if (skipRequested()) {
      getLog().info("Tests are skipped.");
      return true;
    }
    return false;
  }
}
