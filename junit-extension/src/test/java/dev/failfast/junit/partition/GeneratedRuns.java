package dev.failfast.junit.partition;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Runs generated from a seed, for the tests of the split that repeat over many of them. */
final class GeneratedRuns {

  private GeneratedRuns() {}

  /**
   * Up to 49 classes, each in none, one or two of 15 groups, so that groups chain classes together
   * and some classes stand alone.
   */
  static Map<String, Set<String>> groupsByClass(Random random) {
    Map<String, Set<String>> groupsByClass = new LinkedHashMap<>();
    for (int i = random.nextInt(50); i > 0; i--) {
      Set<String> groups = new HashSet<>();
      for (int g = random.nextInt(3); g > 0; g--) {
        groups.add("g" + random.nextInt(15));
      }
      groupsByClass.put("com.example.C" + i, groups);
    }
    return groupsByClass;
  }
}
