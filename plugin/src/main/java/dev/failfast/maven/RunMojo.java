package dev.failfast.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compiles what is needed and runs the tests: {@code mvn failfast:run} works on a fresh clone.
 * The same as {@code failfast:test}, for the command line. Its lifecycle goes through
 * {@code process-test-classes}, the last phase before {@code test}, as {@code mvn test}'s does:
 * what a project binds there (JaCoCo's {@code prepare-agent} in Apache Commons, a port reserved,
 * test classes woven) is done for its tests here too.
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_TEST_CLASSES)
public class RunMojo extends TestMojo {}
