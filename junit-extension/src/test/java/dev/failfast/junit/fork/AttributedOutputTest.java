package dev.failfast.junit.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bound on one piece of streamed output, at the bound. */
class AttributedOutputTest {

  private final List<List<Object>> events = new ArrayList<>();
  private final AttributedOutput output =
      new AttributedOutput(EventCodecTest.recorder(events), "stdout", thread -> "test");

  @Test
  void aLineLongerThanThePieceIsCutBetweenCharactersNeverInsideOne() {
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    String line = "x".repeat(AttributedOutput.CHUNK - 1) + "é€😀" + "y".repeat(AttributedOutput.CHUNK);

    out.print(line);
    output.flush("test");

    List<String> pieces = events.stream().map(e -> (String) e.get(3)).toList();
    assertThat(String.join("", pieces)).isEqualTo(line);
    assertThat(pieces).allSatisfy(piece ->
        assertThat(piece.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(AttributedOutput.CHUNK));
    assertThat(pieces.get(0)).isEqualTo("x".repeat(AttributedOutput.CHUNK - 1));
  }

  @Test
  void aLineIsStreamedAtItsEndAndAnUnfinishedOneWhenItsTestEnds() {
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    out.print("one\ntw");
    assertThat(events).containsExactly(List.of("output", "test", "stdout", "one\n"));
    output.flush("test");
    assertThat(events).last().isEqualTo(List.of("output", "test", "stdout", "tw"));
  }
}
