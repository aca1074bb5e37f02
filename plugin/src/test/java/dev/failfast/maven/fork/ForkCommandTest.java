package dev.failfast.maven.fork;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.ForkMain;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForkCommandTest {

  @Test
  void argumentsEndWithTheMainClassAndPort() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("a", "b c");
    ForkCommand command = new ForkCommand(Path.of("java"), List.of("-Xmx64m"), properties, List.of(Path.of("x.jar")));
    assertThat(command.arguments(4711))
        .containsExactly("-Xmx64m", "-Da=b c", "-cp", "x.jar", ForkMain.class.getName(), "4711");
  }

  @Test
  void quotesForAnArgumentFile() {
    assertThat(ForkCommand.quote("a b\"c\\d\ne #f")).isEqualTo("\"a b\\\"c\\\\d\\ne #f\"");
  }
}
