package dev.failfast.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failfast.junit.partition.Part;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryWriterTest {

  @TempDir Path directory;

  @Test
  void writesTotalsGroupsAndHowTheForkEnded() throws IOException {
    Totals payments = new Totals(10, 0, 1, 0, 7);
    Totals db = new Totals(5, 1, 0, 1, 0);
    RunSummary summary =
        new RunSummary(
            payments.plus(db),
            List.of(
                new GroupSummary(
                    "payments",
                    GroupSummary.CANCELLED,
                    payments,
                    "com.acme.PaymentsIT.charge()",
                    "IllegalStateException: gateway down",
                    1_830_000L,
                    List.of("com.acme.PaymentsIT.refund()")),
                new GroupSummary("db", GroupSummary.FAILED, db, null, null, null, List.of())),
            Duration.ofMillis(1520),
            "exit code 137 (killed)");
    Path file = directory.resolve("surefire-reports/failfast-summary.json");

    SummaryWriter.write(file, summary);

    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.get("version").asInt()).isEqualTo(2);
    assertTotals(json.get("totals"), summary.totals());
    assertThat(json.get("elapsedMillis").asLong()).isEqualTo(1520);
    assertThat(json.get("forkExit").asText()).isEqualTo("exit code 137 (killed)");
    JsonNode cancelled = json.get("groups").get(0);
    assertThat(cancelled.get("name").asText()).isEqualTo("payments");
    assertThat(cancelled.get("outcome").asText()).isEqualTo("cancelled");
    assertTotals(cancelled.get("totals"), payments);
    assertThat(cancelled.get("cancelledBy").asText()).isEqualTo("com.acme.PaymentsIT.charge()");
    assertThat(cancelled.get("cause").asText()).isEqualTo("IllegalStateException: gateway down");
    assertThat(cancelled.get("cancelLatencyNanos").asLong()).isEqualTo(1_830_000L);
    assertThat(cancelled.get("alsoFailed")).hasSize(1);
    assertThat(cancelled.get("alsoFailed").get(0).asText())
        .isEqualTo("com.acme.PaymentsIT.refund()");
    JsonNode failed = json.get("groups").get(1);
    assertThat(failed.get("outcome").asText()).isEqualTo("failed");
    assertThat(failed.get("cancelledBy").isNull()).as("absent values are explicit nulls").isTrue();
    assertThat(failed.get("cause").isNull()).isTrue();
    assertThat(failed.get("cancelLatencyNanos").isNull()).isTrue();
    assertThat(failed.get("alsoFailed")).isEmpty();
  }

  @Test
  void writesHowACancellationOfTheWholeRunReachedTheOtherTestJvmsAndNothingWhenNoneDid() throws IOException {
    Path file = directory.resolve("failfast-summary.json");
    RunSummary none = new RunSummary(Totals.ZERO, List.of(), Duration.ZERO, null);

    SummaryWriter.write(file, none.withCrossForkCancel(new CrossForkCancel(List.of(310_000L, 420_000L),
        List.of(4_210_000L, 5_000_000L))));
    JsonNode crossed = new ObjectMapper().readTree(file.toFile()).get("crossForkCancel");
    SummaryWriter.write(file, none);
    JsonNode nothing = new ObjectMapper().readTree(file.toFile()).get("crossForkCancel");

    assertThat(crossed.get("reachedNanos")).extracting(JsonNode::asLong).containsExactly(310_000L, 420_000L);
    assertThat(crossed.get("settledNanos")).extracting(JsonNode::asLong).containsExactly(4_210_000L, 5_000_000L);
    assertThat(nothing.get("reachedNanos")).isEmpty();
    assertThat(nothing.get("settledNanos")).isEmpty();
  }

  @Test
  void writesTheShardAndEachClassesTimeSortedByName() throws IOException {
    RunSummary summary = new RunSummary(new Totals(2, 0, 0, 0, 0), List.of(), Duration.ofSeconds(2), null,
        new Part(2, 3), Map.of("com.acme.Z", Duration.ofMillis(1500), "com.acme.A", Duration.ofMillis(7)));
    Path file = directory.resolve("failfast-summary.json");

    SummaryWriter.write(file, summary);

    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.get("shard").asText()).isEqualTo("2/3");
    assertThat(json.get("classes")).hasSize(2);
    assertThat(json.get("classes").get(0).get("name").asText()).isEqualTo("com.acme.A");
    assertThat(json.get("classes").get(0).get("elapsedMillis").asLong()).isEqualTo(7);
    assertThat(json.get("classes").get(1).get("name").asText()).isEqualTo("com.acme.Z");
    assertThat(json.get("classes").get(1).get("elapsedMillis").asLong()).isEqualTo(1500);
  }

  @Test
  void aWholeRunHasANullShard() throws IOException {
    Path file = directory.resolve("failfast-summary.json");

    SummaryWriter.write(file, new RunSummary(Totals.ZERO, List.of(), Duration.ZERO, null));

    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.get("shard").isNull()).isTrue();
    assertThat(json.get("classes")).isEmpty();
  }

  @Test
  void keepsAnyStringExactlyAndANormalEndAsNull() throws IOException {
    String odd = "quote \" backslash \\ ctrl \u0000\u001B lone \uD800 pair \uD83D\uDE00 \uFFFF ]]>";
    RunSummary summary =
        new RunSummary(
            Totals.ZERO,
            List.of(
                new GroupSummary(
                    odd, GroupSummary.PASSED, Totals.ZERO, odd, odd, 0L, List.of(odd))),
            Duration.ZERO,
            null);
    Path file = directory.resolve("failfast-summary.json");

    SummaryWriter.write(file, summary);

    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.get("forkExit").isNull()).isTrue();
    assertThat(json.get("groups")).hasSize(1);
    JsonNode group = json.get("groups").get(0);
    assertThat(group.get("name").asText()).isEqualTo(odd);
    assertThat(group.get("cause").asText()).isEqualTo(odd);
    assertThat(group.get("alsoFailed").get(0).asText()).isEqualTo(odd);
  }

  private static void assertTotals(JsonNode json, Totals totals) {
    assertThat(json.get("tests").asInt()).isEqualTo(totals.tests());
    assertThat(json.get("failures").asInt()).isEqualTo(totals.failures());
    assertThat(json.get("errors").asInt()).isEqualTo(totals.errors());
    assertThat(json.get("skipped").asInt()).isEqualTo(totals.skipped());
    assertThat(json.get("stopped").asInt()).isEqualTo(totals.stopped());
  }

  @Test
  void aHugeCauseIsCutAtTheBoundAndATextAtTheBoundIsKept() throws IOException {
    String atBound = "c".repeat(SummaryWriter.TEXT_LIMIT);
    RunSummary summary = new RunSummary(new Totals(1, 0, 1, 0, 0),
        List.of(new GroupSummary("payments", GroupSummary.CANCELLED, new Totals(1, 0, 1, 0, 0), atBound,
            "IllegalStateException: " + "m".repeat(1_000_000), null, List.of())),
        Duration.ZERO, null);
    Path file = directory.resolve("failfast-summary.json");

    SummaryWriter.write(file, summary);

    JsonNode group = new ObjectMapper().readTree(file.toFile()).get("groups").get(0);
    assertThat(group.get("cancelledBy").asText()).isEqualTo(atBound);
    String marker = "… [" + (1_000_000 + "IllegalStateException: ".length() - SummaryWriter.TEXT_LIMIT)
        + " characters cut]";
    assertThat(group.get("cause").asText()).hasSize(SummaryWriter.TEXT_LIMIT + marker.length()).endsWith("m" + marker);
  }
}
