package dev.failfast.junit.partition;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.apiguardian.api.API;

/** Joins a run's top-level classes into the {@link Unit}s a split never cuts. */
@API(status = INTERNAL, since = "0.1")
public final class Units {

  private Units() {}

  /**
   * The units of a run: classes that share any group (through any chain of classes) are one unit,
   * each class without a group is one of its own.
   *
   * @param groupsByClass each top-level class with the groups its members belong to (its own and
   *     its nested classes'), empty for an ungrouped class
   * @param weightOf what running a class costs
   * @return the units, sorted by {@link Unit#name()}
   */
  public static List<Unit> of(Map<String, Set<String>> groupsByClass, ToLongFunction<String> weightOf) {
    List<String> classes = new ArrayList<>(new TreeMap<>(groupsByClass).keySet());
    int[] parent = new int[classes.size()];
    Map<String, Integer> firstHolder = new HashMap<>();
    for (int i = 0; i < classes.size(); i++) {
      parent[i] = i;
      for (String group : groupsByClass.get(classes.get(i))) {
        Integer holder = firstHolder.putIfAbsent(group, i);
        if (holder != null) {
          parent[root(parent, i)] = root(parent, holder);
        }
      }
    }
    Map<Integer, List<String>> byRoot = new TreeMap<>();
    for (int i = 0; i < classes.size(); i++) {
      byRoot.computeIfAbsent(root(parent, i), root -> new ArrayList<>()).add(classes.get(i));
    }
    return byRoot.values().stream()
        .map(members -> new Unit(members, members.stream().mapToLong(weightOf).sum()))
        .sorted((a, b) -> a.name().compareTo(b.name()))
        .toList();
  }

  private static int root(int[] parent, int i) {
    int root = i;
    while (parent[root] != root) {
      root = parent[root];
    }
    parent[i] = root;
    return root;
  }
}
