package dev.failfast.maven.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgLineTest {

  @Test
  void replacesLatePropertiesAndDropsUnsetOnes() {
    Map<String, String> properties = Map.of("argLine", "-javaagent:/r/jacoco.jar=destfile=/t/j.exec", "x", "$1\\");
    assertThat(ArgLine.interpolate("-Xmx512m @{argLine} @{x} @{unset}", properties::get))
        .isEqualTo("-Xmx512m -javaagent:/r/jacoco.jar=destfile=/t/j.exec $1\\ ");
  }

  /** failfast's own ${argLine}, which Maven evaluates before run's forked lifecycle set it. */
  @Test
  void replacesAPropertyMavenLeftAndKeepsOneThatIsUnset() {
    Map<String, String> properties = Map.of("argLine", "-javaagent:/r/jacoco.jar");
    assertThat(ArgLine.interpolate("${argLine} -Dp=${unset} -Xmx1g", properties::get))
        .isEqualTo("-javaagent:/r/jacoco.jar -Dp=${unset} -Xmx1g");
  }

  @Test
  void splitsAsAShellWould() {
    assertThat(ArgLine.split("  -Xmx1g  -Da='b c' \"-Dd=e \\\"f\\\" \\\\g\" -Dh=i\\ j -Dk=''  "))
        .containsExactly("-Xmx1g", "-Da=b c", "-Dd=e \"f\" \\g", "-Dh=i j", "-Dk=");
    assertThat(ArgLine.split("")).isEmpty();
  }

  @Test
  void anArgumentThatBeginsWithAPropertyMavenLeftUnsetIsAnError() {
    assertThatThrownBy(() -> ArgLine.requireResolved(ArgLine.split("${argLine} -Xmx1g")))
        .hasMessage("argLine: ${argLine} names no property that is set when the tests run, so the test JVM would"
            + " not start; set it (JaCoCo's prepare-agent sets argLine), define it in the pom's <properties>, or"
            + " write @{argLine}, which is empty when unset");
    // inside an argument it is passed as written, as Surefire passes it
    assertThat(ArgLine.requireResolved(ArgLine.split("-Dpattern=${date} -Xmx1g")))
        .containsExactly("-Dpattern=${date}", "-Xmx1g");
  }

  @Test
  void anUnclosedQuoteIsAnError() {
    assertThatThrownBy(() -> ArgLine.split("-Da='b")).hasMessageStartingWith("argLine: a ' quote is not closed");
  }
}
