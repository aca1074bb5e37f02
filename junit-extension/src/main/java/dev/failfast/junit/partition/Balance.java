package dev.failfast.junit.partition;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Spreads units over parts so that the parts weigh about the same: the heaviest unit first, each
 * onto the part that weighs least so far (the lowest-numbered one on a tie), units of equal
 * weight by name. The result depends only on the units, never on their order, so every JVM that
 * splits the same run gets the same parts; the heaviest and the lightest part differ by at most
 * the weight of one unit.
 */
@API(status = INTERNAL, since = "0.1")
public final class Balance {

  private static final Comparator<Unit> HEAVIEST_FIRST =
      Comparator.comparingLong(Unit::weight).reversed().thenComparing(Unit::name);

  private Balance() {}

  /** The units of {@code part}, sorted by name. */
  public static List<Unit> select(List<Unit> units, Part part) {
    return split(units, part.count()).get(part.index() - 1);
  }

  /** Every part's units, each list sorted by name: the first list is part 1. */
  public static List<List<Unit>> split(List<Unit> units, int count) {
    List<List<Unit>> parts = new ArrayList<>();
    long[] weights = new long[count];
    for (int i = 0; i < count; i++) {
      parts.add(new ArrayList<>());
    }
    for (Unit unit : units.stream().sorted(HEAVIEST_FIRST).toList()) {
      int lightest = 0;
      for (int i = 1; i < count; i++) {
        if (weights[i] < weights[lightest]) {
          lightest = i;
        }
      }
      parts.get(lightest).add(unit);
      weights[lightest] += unit.weight();
    }
    return parts.stream().map(part -> part.stream().sorted(Comparator.comparing(Unit::name)).toList()).toList();
  }
}
