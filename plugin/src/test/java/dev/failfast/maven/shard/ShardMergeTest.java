package dev.failfast.maven.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.failfast.junit.partition.Part;
import dev.failfast.maven.report.GroupSummary;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.Totals;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shards' summaries as one run's. */
class ShardMergeTest {

  private static ShardMerge.Shard shard(Part part, Totals totals, List<GroupSummary> groups, long seconds,
      String forkExit, Map<String, Duration> classTimes) {
    return new ShardMerge.Shard(Path.of("shard-" + part.index(), "failfast-summary.json"),
        new RunSummary(totals, groups, Duration.ofSeconds(seconds), forkExit, part, classTimes));
  }

  private static final GroupSummary PAYMENTS = new GroupSummary("payments", GroupSummary.CANCELLED,
      new Totals(4, 0, 1, 0, 3), "com.acme.PayIT.charge()", "IllegalStateException: down", 5_000L, List.of());
  private static final GroupSummary DB = new GroupSummary("db", GroupSummary.PASSED, new Totals(6, 0, 0, 0, 0),
      null, null, null, List.of());

  @Test
  void totalsAddGroupsSitSideBySideAndTheLongestShardIsTheRunsTime() {
    RunSummary merged = ShardMerge.merge(List.of(
        shard(new Part(1, 2), new Totals(10, 0, 1, 0, 3), List.of(PAYMENTS), 30, null,
            Map.of("com.acme.PayIT", Duration.ofSeconds(20))),
        shard(new Part(2, 2), new Totals(8, 1, 0, 1, 0), List.of(DB), 45, "exit code 137 (killed)",
            Map.of("com.acme.DbIT", Duration.ofSeconds(40)))));

    assertThat(merged.totals()).isEqualTo(new Totals(18, 1, 1, 1, 3));
    assertThat(merged.groups()).containsExactly(DB, PAYMENTS);
    assertThat(merged.elapsed()).isEqualTo(Duration.ofSeconds(45));
    assertThat(merged.forkExit()).isEqualTo("shard 2/2 (" + Path.of("shard-2", "failfast-summary.json")
        + "): exit code 137 (killed)");
    assertThat(merged.shard()).isNull();
    assertThat(merged.classTimes()).containsOnlyKeys("com.acme.PayIT", "com.acme.DbIT");
  }

  @Test
  void aGroupInSeveralSummariesIsAddedUpAndKeepsItsWorstOutcome() {
    GroupSummary passedPayments = new GroupSummary("payments", GroupSummary.PASSED, new Totals(2, 0, 0, 0, 0),
        null, null, null, List.of());

    RunSummary merged = ShardMerge.merge(List.of(
        new ShardMerge.Shard(Path.of("a"), new RunSummary(new Totals(2, 0, 0, 0, 0), List.of(passedPayments),
            Duration.ZERO, null)),
        new ShardMerge.Shard(Path.of("b"), new RunSummary(new Totals(4, 0, 1, 0, 3), List.of(PAYMENTS),
            Duration.ZERO, null))));

    assertThat(merged.groups()).containsExactly(new GroupSummary("payments", GroupSummary.CANCELLED,
        new Totals(6, 0, 1, 0, 3), "com.acme.PayIT.charge()", "IllegalStateException: down", 5_000L, List.of()));
  }

  @Test
  void theShardsWithoutASummaryAreNamed() {
    List<ShardMerge.Shard> shards = List.of(
        shard(new Part(3, 4), Totals.ZERO, List.of(), 1, null, Map.of()),
        shard(new Part(1, 4), Totals.ZERO, List.of(), 1, null, Map.of()));

    assertThat(ShardMerge.missing(shards)).containsExactly(new Part(2, 4), new Part(4, 4));
  }

  @Test
  void wholeRunsMissNoShard() {
    assertThat(ShardMerge.missing(List.of(new ShardMerge.Shard(Path.of("a"),
        new RunSummary(Totals.ZERO, List.of(), Duration.ZERO, null))))).isEmpty();
  }

  @Test
  void aClassThatRanInTwoSummariesIsRefused() {
    List<ShardMerge.Shard> shards = List.of(
        shard(new Part(1, 2), Totals.ZERO, List.of(), 1, null, Map.of("com.acme.A", Duration.ZERO)),
        shard(new Part(2, 2), Totals.ZERO, List.of(), 1, null, Map.of("com.acme.A", Duration.ZERO)));

    assertThatIllegalArgumentException().isThrownBy(() -> ShardMerge.merge(shards))
        .withMessage("summaries: com.acme.A ran in " + ShardMerge.name(shards.get(0)) + " and in "
            + ShardMerge.name(shards.get(1)) + "; give each shard's summary once, and every shard of a run the same"
            + " timings");
  }

  @Test
  void theSameShardOfTwoModulesIsTwoSummaries() {
    List<ShardMerge.Shard> shards = List.of(
        shard(new Part(1, 2), new Totals(1, 0, 0, 0, 0), List.of(), 1, null, Map.of("com.acme.a.A", Duration.ZERO)),
        shard(new Part(1, 2), new Totals(2, 0, 0, 0, 0), List.of(), 1, null, Map.of("com.acme.b.B", Duration.ZERO)));

    assertThat(ShardMerge.merge(shards).totals()).isEqualTo(new Totals(3, 0, 0, 0, 0));
    assertThat(ShardMerge.missing(shards)).containsExactly(new Part(2, 2));
  }

  @Test
  void shardsOfDifferentSplitsAreRefused() {
    List<ShardMerge.Shard> shards = List.of(
        shard(new Part(1, 2), Totals.ZERO, List.of(), 1, null, Map.of()),
        shard(new Part(2, 3), Totals.ZERO, List.of(), 1, null, Map.of()));

    assertThatIllegalArgumentException().isThrownBy(() -> ShardMerge.merge(shards))
        .withMessage("summaries: the shards are of runs split into 2 and 3 parts; merge the shards of one run");
  }
}
