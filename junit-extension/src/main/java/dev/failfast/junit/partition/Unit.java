package dev.failfast.junit.partition;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Classes a split never separates: a group with every top-level class that holds a member of it,
 * or one ungrouped top-level class.
 *
 * @param classes the top-level classes, by name, sorted
 * @param weight what running them costs, in the unit of the run's weights (milliseconds or tests)
 */
@API(status = INTERNAL, since = "0.1")
public record Unit(List<String> classes, long weight) {

  /** @throws IllegalArgumentException for a unit without classes or with a negative weight */
  public Unit {
    classes = classes.stream().sorted().toList();
    if (classes.isEmpty() || weight < 0) {
      throw new IllegalArgumentException("a unit needs classes and a weight of at least 0");
    }
  }

  /** Its first class's name, which no other unit of a run shares: the tie-breaker of a split. */
  public String name() {
    return classes.get(0);
  }
}
