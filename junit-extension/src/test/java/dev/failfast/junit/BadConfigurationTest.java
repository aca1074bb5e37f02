package dev.failfast.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fixtures.Journal;
import dev.failfast.junit.fixtures.config.BadConfigFixture;
import dev.failfast.junit.harness.Launch;
import dev.failfast.junit.harness.RunResult;
import dev.failfast.junit.harness.Status;
import dev.failfast.junit.harness.TestResult;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad failfast.* parameters fail the group's classes with a message that names them; nothing runs. */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class BadConfigurationTest {

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
      "failfast.fatal, com.example.Nope",
      "failfast.fatal, java.lang.String",
      "failfast.nonFatal, com.example.Nope",
      "failfast.grace, soon",
  })
  void aBadParameterFailsTheGroupsClassesBeforeAnyTestRuns(String key, String value) {
    RunResult run = Launch.of(BadConfigFixture.class).param(key, value).run();

    TestResult container = run.container(BadConfigFixture.class);
    assertThat(container.status()).as("%s", run).isEqualTo(Status.FAILED);
    ExtensionConfigurationException problem = null;
    for (Throwable t = container.throwable(); t != null && problem == null; t = t.getCause()) {
      if (t instanceof ExtensionConfigurationException) {
        problem = (ExtensionConfigurationException) t;
      }
    }
    assertThat(problem).as("an ExtensionConfigurationException in %s", container).isNotNull();
    System.out.println("bad configuration " + key + "=" + value + " -> " + problem.getMessage());
    assertThat(problem.getMessage()).contains(key).contains(value);

    assertThat(run.testsOf(BadConfigFixture.class)).hasSize(2).noneMatch(TestResult::wasStarted);
    assertThat(Journal.events()).as("fixture code that ran").isEmpty();
  }
}
