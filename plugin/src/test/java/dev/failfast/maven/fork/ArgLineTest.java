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

  @Test
  void splitsAsAShellWould() {
    assertThat(ArgLine.split("  -Xmx1g  -Da='b c' \"-Dd=e \\\"f\\\" \\\\g\" -Dh=i\\ j -Dk=''  "))
        .containsExactly("-Xmx1g", "-Da=b c", "-Dd=e \"f\" \\g", "-Dh=i j", "-Dk=");
    assertThat(ArgLine.split("")).isEmpty();
  }

  @Test
  void anUnclosedQuoteIsAnError() {
    assertThatThrownBy(() -> ArgLine.split("-Da='b")).hasMessageStartingWith("argLine: a ' quote is not closed");
  }
}
