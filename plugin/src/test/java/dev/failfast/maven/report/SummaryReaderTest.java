package dev.failfast.maven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import dev.failfast.junit.partition.Part;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What failfast:merge and a shard's timings read back from a summary. */
class SummaryReaderTest {

  @TempDir Path directory;

  private static final RunSummary SHARD = new RunSummary(new Totals(15, 1, 1, 1, 7),
      List.of(new GroupSummary("payments", GroupSummary.CANCELLED, new Totals(10, 0, 1, 0, 7),
              "com.acme.PaymentsIT.charge()", "IllegalStateException: gateway down", 1_830_000L,
              List.of("com.acme.PaymentsIT.refund()")),
          new GroupSummary("db", GroupSummary.FAILED, new Totals(5, 1, 0, 1, 0), null, null, null, List.of())),
      Duration.ofMillis(1520), "exit code 137 (killed)", new Part(2, 3),
      Map.of("com.acme.PaymentsIT", Duration.ofMillis(1430), "com.acme.DbIT", Duration.ZERO));

  @Test
  void readsBackWhatTheWriterWrote() throws IOException {
    Path file = directory.resolve("failfast-summary.json");
    SummaryWriter.write(file, SHARD);

    assertThat(SummaryReader.read(file)).isEqualTo(SHARD);
  }

  @Test
  void readsAVersion1SummaryWithoutShardOrClassTimesAndIgnoresUnknownKeys() throws IOException {
    Path file = Files.writeString(directory.resolve("v1.json"), """
        { "version" : 1, "future" : { "nested" : [ 1, 2.5, true ] },
          "totals" : { "tests" : 3, "failures" : 0, "errors" : 1, "skipped" : 0, "stopped" : 2 },
          "elapsedMillis" : 20, "forkExit" : null, "groups" : [ ] }
        """);

    RunSummary summary = SummaryReader.read(file);

    assertThat(summary.totals()).isEqualTo(new Totals(3, 0, 1, 0, 2));
    assertThat(summary.shard()).isNull();
    assertThat(summary.classTimes()).isEmpty();
  }

  @Test
  void aMissingFileIsSaidAsSuch() {
    assertThatIOException().isThrownBy(() -> SummaryReader.read(directory.resolve("none.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void aFileThatIsNotJsonIsNamedWithTheProblem() throws IOException {
    Path cut = Files.writeString(directory.resolve("cut.json"), "{ \"version\" : 2, \"totals\" : {");
    Path text = Files.writeString(directory.resolve("text.json"), "Tests run: 3");

    assertThatIOException().isThrownBy(() -> SummaryReader.read(cut)).withMessageStartingWith(cut + " is not JSON: ");
    assertThatIOException().isThrownBy(() -> SummaryReader.read(text)).withMessageStartingWith(text + " is not JSON: ");
  }

  @Test
  void jsonThatIsNotASummaryIsNamedWithTheKey() throws IOException {
    Path noTotals = Files.writeString(directory.resolve("a.json"),
        "{ \"version\" : 2, \"elapsedMillis\" : 1, \"groups\" : [ ] }");
    Path newer = Files.writeString(directory.resolve("b.json"), "{ \"version\" : 3 }");
    Path badCount = Files.writeString(directory.resolve("c.json"), """
        { "version" : 2, "elapsedMillis" : 1, "groups" : [ ], "forkExit" : null,
          "totals" : { "tests" : 1, "failures" : "one", "errors" : 0, "skipped" : 0, "stopped" : 0 } }""");

    assertThatIOException().isThrownBy(() -> SummaryReader.read(noTotals))
        .withMessage(noTotals + " is not a failfast summary: 'totals' is not a JSON object");
    assertThatIOException().isThrownBy(() -> SummaryReader.read(newer))
        .withMessage(newer + " is not a failfast summary: its version is 3; this failfast reads versions 1 to 2,"
            + " so read it with the failfast that wrote it");
    assertThatIOException().isThrownBy(() -> SummaryReader.read(badCount))
        .withMessage(badCount + " is not a failfast summary: 'failures' is one, not a whole number of at least 0");
  }

  @Test
  void aBadValueShowsAtMostItsFirst100Characters() throws IOException {
    Path file = Files.writeString(directory.resolve("long.json"),
        "{ \"version\" : \"" + "v".repeat(SummaryReader.SHOWN + 1) + "\" }");

    assertThatIOException().isThrownBy(() -> SummaryReader.read(file))
        .withMessageContaining("'version' is " + "v".repeat(SummaryReader.SHOWN) + "… [1 characters cut], not");
  }

  @Test
  void valuesNestedDeeperThanTheBoundAreRefused() throws IOException {
    Path file = Files.writeString(directory.resolve("deep.json"),
        "[".repeat(JsonTree.MAX_DEPTH + 2) + "]".repeat(JsonTree.MAX_DEPTH + 2));

    assertThatIOException().isThrownBy(() -> SummaryReader.read(file))
        .withMessage(file + " is not JSON: its values nest deeper than " + JsonTree.MAX_DEPTH);
  }
}
