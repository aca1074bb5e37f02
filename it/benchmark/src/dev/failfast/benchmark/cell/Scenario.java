package dev.failfast.benchmark.cell;

import java.util.List;

/**
 * What fails: the first test that starts {@code failAtMs} or more after the suite's first test throws
 * after {@code failAfterMs} instead of doing its work; {@code failAtMs < 0}: nothing fails.
 *
 * @param name what {@code --scenarios=} selects by
 * @param extraArgs Maven options of this scenario alone
 * @param tools the tools that run it
 */
public record Scenario(String name, long failAtMs, long failAfterMs, List<String> extraArgs, List<Tool> tools) {

  public Scenario {
    extraArgs = List.copyOf(extraArgs);
    tools = List.copyOf(tools);
  }

  public boolean failing() {
    return failAtMs >= 0;
  }

  /** The name, with the moment of the failure when it is not the start. */
  public String label() {
    return failAtMs > 0 ? name + " (" + failAtMs + " ms)" : name;
  }
}
