package dev.failfast.junit.fork;

import static dev.failfast.junit.fork.ForkHarness.fork;
import static dev.failfast.junit.fork.ForkHarness.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fork.ForkHarness.Run;
import dev.failfast.junit.fork.fixtures.output.ChattyMembersFixture;
import dev.failfast.junit.fork.fixtures.output.ChattyUngroupedFixture;
import dev.failfast.junit.fork.fixtures.PlainFixture;
import dev.failfast.junit.fork.fixtures.output.LoudFixture;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Test output in a real test JVM: streamed as it is printed, in bounded pieces, to the test that printed it. */
class ForkOutputTest {

  @Test
  void fiftyMegabytesOfOutputStreamInBoundedPiecesFromASmallHeap() throws Exception {
    Map<String, long[]> charsAndLargestPiece = new HashMap<>();
    List<List<Object>> others = new ArrayList<>();
    ForkEvents everythingElse = EventCodecTest.recorder(others);
    ForkEvents counting = (ForkEvents) Proxy.newProxyInstance(ForkEvents.class.getClassLoader(),
        new Class<?>[] {ForkEvents.class}, (proxy, method, args) -> {
          if (method.getName().equals("output")) {
            long[] counts = charsAndLargestPiece.computeIfAbsent(args[0] + " " + args[1], key -> new long[2]);
            int length = ((String) args[2]).length();
            counts[0] += length;
            counts[1] = Math.max(counts[1], length);
            return null;
          }
          return method.invoke(everythingElse, args);
        });

    int exitCode = ForkHarness.fork(settings(List.of(LoudFixture.class), Map.of()), counting, "-Xmx24m");

    Run run = new Run(others, exitCode);
    assertThat(exitCode).isZero();
    TestNode loud = run.test(LoudFixture.class.getName(), "prints50Megabytes()");
    assertThat(run.outcome(LoudFixture.class.getName(), "prints50Megabytes()")).isEqualTo(Outcome.PASSED);
    assertThat(charsAndLargestPiece).containsOnlyKeys(loud.id() + " stdout");
    long[] counts = charsAndLargestPiece.get(loud.id() + " stdout");
    assertThat(counts[0]).isEqualTo((long) LoudFixture.LINES * LoudFixture.LINE_LENGTH);
    assertThat(counts[1]).isLessThanOrEqualTo(AttributedOutput.CHUNK);
  }

  @RepeatedTest(5)
  void concurrentTestsPrintingInterleavedLinesEachGetTheirOwn() throws Exception {
    Run run = fork(settings(List.of(ChattyUngroupedFixture.class, ChattyMembersFixture.class), Map.of()));

    assertThat(run.exitCode()).isZero();
    String members = ChattyMembersFixture.class.getName();
    String ungrouped = ChattyUngroupedFixture.class.getName();
    for (String[] test : new String[][] {{members, "first"}, {members, "second"}, {ungrouped, "ungrouped"}}) {
      String id = run.test(test[0], test[1] + "()").id();
      assertThat(run.outcome(test[0], test[1] + "()")).isEqualTo(Outcome.PASSED);
      assertThat(output(run, id, "stdout")).isEqualTo(lines(test[1], 0)
          + (test[1].equals("ungrouped") ? "from a helper thread" + System.lineSeparator() : ""));
      assertThat(output(run, id, "stderr")).isEqualTo(lines(test[1], 1));
    }
    assertThat(output(run, null, "stdout")).isEqualTo("before all tests" + System.lineSeparator());
  }

  /** A project that configures JUnit's own capture keeps it: its report entries carry each test's output. */
  @Test
  void aProjectThatConfiguresJUnitsCaptureKeepsIt() throws Exception {
    Run run = fork(settings(List.of(PlainFixture.class), Map.of("junit.platform.output.capture.stdout", "true")));

    assertThat(run.exitCode()).isZero();
    String id = run.test(PlainFixture.class.getName(), "prints()").id();
    assertThat(run.events()).filteredOn(e -> e.get(0).equals("output"))
        .containsExactly(List.of("output", id, "stdout", "hello from prints" + System.lineSeparator()));
  }

  private static String lines(String who, int parity) {
    return IntStream.range(0, ChattyMembersFixture.LINES).filter(i -> i % 2 == parity)
        .mapToObj(i -> who + " line " + i + System.lineSeparator()).reduce("", String::concat);
  }

  private static String output(Run run, String id, String stream) {
    StringBuilder text = new StringBuilder();
    run.events().stream()
        .filter(e -> e.get(0).equals("output") && Arrays.asList(id, stream).equals(e.subList(1, 3)))
        .forEach(e -> text.append((String) e.get(3)));
    return text.toString();
  }
}
