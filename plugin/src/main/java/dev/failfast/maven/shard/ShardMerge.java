package dev.failfast.maven.shard;

import dev.failfast.junit.partition.Part;
import dev.failfast.maven.report.GroupSummary;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.Totals;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Several shards' summaries as one run's: the totals added, the groups side by side (a group is in
 * one shard; a group named in several, from runs that were not shards of one, is added up and
 * keeps its worst outcome), the longest shard's time (they ran at once), every class's time, and
 * how each test JVM that ended abnormally ended, named by its shard.
 */
public final class ShardMerge {

  /** A summary and the file it was read from, which messages name. */
  public record Shard(Path file, RunSummary summary) {}

  private ShardMerge() {}

  /**
   * @throws IllegalArgumentException when a class ran in two of the summaries, or they are of runs
   *     split into different numbers of parts
   */
  public static RunSummary merge(List<Shard> shards) {
    check(shards);
    Totals totals = Totals.ZERO;
    Map<String, GroupSummary> groups = new TreeMap<>();
    Map<String, Duration> classTimes = new TreeMap<>();
    Duration elapsed = Duration.ZERO;
    List<String> forkExits = new ArrayList<>();
    for (Shard shard : shards) {
      RunSummary summary = shard.summary();
      totals = totals.plus(summary.totals());
      summary.groups().forEach(group -> groups.merge(group.name(), group, ShardMerge::sameGroup));
      classTimes.putAll(summary.classTimes());
      elapsed = elapsed.compareTo(summary.elapsed()) >= 0 ? elapsed : summary.elapsed();
      if (summary.forkExit() != null) {
        forkExits.add(name(shard) + ": " + summary.forkExit());
      }
    }
    return new RunSummary(totals, List.copyOf(groups.values()), elapsed,
        forkExits.isEmpty() ? null : String.join("; ", forkExits), null, classTimes);
  }

  /**
   * The shards of the split run that no summary is of, such as {@code 2/3}; none when no summary
   * is a shard's.
   */
  public static List<Part> missing(List<Shard> shards) {
    List<Part> given = shards.stream().map(shard -> shard.summary().shard()).filter(Objects::nonNull).toList();
    if (given.isEmpty()) {
      return List.of();
    }
    int count = given.get(0).count();
    return IntStream.rangeClosed(1, count).mapToObj(index -> new Part(index, count))
        .filter(part -> !given.contains(part)).toList();
  }

  /** {@code shard 1/2 (path)}, or the path of a whole run's summary. */
  public static String name(Shard shard) {
    Part part = shard.summary().shard();
    return part == null ? shard.file().toString() : "shard " + part + " (" + shard.file() + ")";
  }

  // A class in two summaries means the shards split differently (different timings, or one
  // shard given twice): their totals would count tests twice.
  private static void check(List<Shard> shards) {
    List<Integer> counts = shards.stream().map(shard -> shard.summary().shard()).filter(Objects::nonNull)
        .map(Part::count).distinct().sorted().toList();
    if (counts.size() > 1) {
      throw new IllegalArgumentException("summaries: the shards are of runs split into " + counts.stream()
          .map(Object::toString).collect(Collectors.joining(" and ")) + " parts; merge the shards of one run");
    }
    Map<String, Shard> ranIn = new HashMap<>();
    for (Shard shard : shards) {
      for (String className : shard.summary().classTimes().keySet()) {
        Shard twice = ranIn.putIfAbsent(className, shard);
        if (twice != null) {
          throw new IllegalArgumentException("summaries: " + className + " ran in " + name(twice) + " and in "
              + name(shard) + "; give each shard's summary once, and every shard of a run the same timings");
        }
      }
    }
  }

  private static GroupSummary sameGroup(GroupSummary first, GroupSummary second) {
    GroupSummary worst = rank(second.outcome()) > rank(first.outcome()) ? second : first;
    List<String> alsoFailed = new ArrayList<>(first.alsoFailed());
    alsoFailed.addAll(second.alsoFailed());
    return new GroupSummary(first.name(), worst.outcome(), first.totals().plus(second.totals()), worst.cancelledBy(),
        worst.cause(), worst.cancelLatencyNanos(), alsoFailed);
  }

  private static int rank(String outcome) {
    return switch (outcome) {
      case GroupSummary.CANCELLED -> 2;
      case GroupSummary.FAILED -> 1;
      default -> 0;
    };
  }
}
