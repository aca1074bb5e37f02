package dev.failfast.maven.run;

import dev.failfast.junit.fork.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The planned tests and templates of each group, indexed once as they are planned, so that a
 * group's cancellation counts what it stops among its own nodes: the cancellations of a run cost
 * O(tests) together, however many groups it has.
 */
final class GroupIndex {

  /** Tests and templates by group, the groups sorted by name. */
  private final Map<String, List<NodeState>> byGroup = new TreeMap<>();
  /** Every test and template, for a {@code scope=run} cancellation. */
  private final List<NodeState> all = new ArrayList<>();

  /** Indexes a planned node, if it is a test or a template. */
  void add(NodeState node) {
    if (node.isTest() || node.isTemplate()) {
      all.add(node);
      if (node.node.group() != null) {
        byGroup.computeIfAbsent(node.node.group(), group -> new ArrayList<>()).add(node);
      }
    }
  }

  /** The names of the groups with a planned test, sorted. */
  List<String> groupNames() {
    return byGroup.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(NodeState::isTest))
        .map(Map.Entry::getKey).toList();
  }

  /**
   * What {@code cancellation} stops: the tests of its scope without a result (but the one that
   * cancelled it), of which as many as the test JVM interrupted were running, and its templates.
   */
  RunObserver.Stopping stopping(Cancellation cancellation) {
    List<NodeState> scope = cancellation.group() == null ? all : byGroup.getOrDefault(cancellation.group(), List.of());
    Predicate<NodeState> unfinished = e -> e.result == null && !e.node.id().equals(cancellation.originId());
    // Jupiter reports a test started before failfast's gate admits it; only the test JVM's own
    // decision knows which members were running (and interrupted) when the group was cancelled.
    int tests = (int) scope.stream().filter(e -> e.isTest() && unfinished.test(e)).count();
    int running = Math.min(cancellation.interruptedMembers(), tests);
    int templates = (int) scope.stream().filter(e -> e.isTemplate() && unfinished.test(e)).count();
    return new RunObserver.Stopping(tests - running, running, templates);
  }
}
