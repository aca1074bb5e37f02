package dev.failfast.junit.schedule;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import org.apiguardian.api.API;

/**
 * The order of one test plan, as the launcher discovered it, for sequential groups: a member of a
 * sequential group is next when every test of its group that comes before it in the plan is done.
 * Template invocations and dynamic tests follow their parent, in the order they were registered.
 *
 * <p>Filled by {@link PlanOrderListener}; free of launcher types, so the extension can use it
 * where no launcher runs (then there is no order, and members take turns as they arrive).
 *
 * <p>Lock order: its monitor is the innermost lock, taken inside the lock of {@link Turns}; it
 * calls its progress listeners without holding it.
 */
@API(status = INTERNAL, since = "0.1")
public final class PlanOrder {

  private static final List<PlanOrder> ACTIVE = new CopyOnWriteArrayList<>();

  private static final class Node {
    final Node parent;
    final List<Node> registered = new ArrayList<>(); // dynamic children, guarded by the PlanOrder
    int sequenceIndex = -1;
    volatile boolean done;

    Node(Node parent) {
      this.parent = parent;
    }

    boolean isDone() {
      for (Node n = this; n != null; n = n.parent) {
        if (n.done) {
          return true;
        }
      }
      return false;
    }
  }

  /** A sequential group's tests in plan order, and the first one not done yet. */
  private static final class Sequence {
    final List<Node> entries = new ArrayList<>();
    /** For each class (or other ancestor) of its tests, the index of its first test. */
    final Map<Node, Integer> firstEntryOf = new HashMap<>();
    int firstPending;
  }

  private final Map<String, Node> nodes = new ConcurrentHashMap<>();
  private final Map<String, Sequence> sequences = new ConcurrentHashMap<>();
  private final CopyOnWriteArraySet<Runnable> progressListeners = new CopyOnWriteArraySet<>();

  /** The active plan that holds a test, if any. */
  public static Optional<PlanOrder> containing(String uniqueId) {
    for (PlanOrder order : ACTIVE) {
      if (order.nodes.containsKey(uniqueId)) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }

  void activate() {
    ACTIVE.add(this);
  }

  void deactivate() {
    ACTIVE.remove(this);
  }

  /** Adds a discovered node; parents come before their children, siblings in plan order. */
  void add(String uniqueId, String parentId) {
    nodes.put(uniqueId, new Node(parentId == null ? null : nodes.get(parentId)));
  }

  /** Appends a discovered test (method, template or factory) to its sequential group. */
  synchronized void sequence(String group, String uniqueId) {
    Node node = nodes.get(uniqueId);
    Sequence sequence = sequences.computeIfAbsent(group, g -> new Sequence());
    node.sequenceIndex = sequence.entries.size();
    sequence.entries.add(node);
    for (Node ancestor = node.parent; ancestor != null; ancestor = ancestor.parent) {
      sequence.firstEntryOf.putIfAbsent(ancestor, node.sequenceIndex);
    }
  }

  /** A dynamic test or template invocation was registered under its parent. */
  synchronized void register(String uniqueId, String parentId) {
    Node parent = parentId == null ? null : nodes.get(parentId);
    Node node = new Node(parent);
    nodes.put(uniqueId, node);
    if (parent != null) {
      parent.registered.add(node);
    }
  }

  /** A node finished or was skipped: it and everything below it are done. */
  void done(String uniqueId) {
    Node node = nodes.get(uniqueId);
    if (node != null) {
      node.done = true;
      progressListeners.forEach(Runnable::run);
    }
  }

  /** Called whenever a node is done, so that waiting members look again. */
  public void onProgress(Runnable listener) {
    progressListeners.add(listener);
  }

  /**
   * Whether every test of the group that precedes this one in the plan is done; for a class (its
   * {@code @BeforeAll}), every test that precedes its first test.
   */
  public synchronized boolean isNext(String group, String uniqueId) {
    Node node = nodes.get(uniqueId);
    Node entry = node;
    while (entry != null && entry.sequenceIndex < 0) {
      entry = entry.parent;
    }
    Sequence sequence = sequences.get(group);
    if (sequence == null) {
      return true;
    }
    Integer before = entry != null ? Integer.valueOf(entry.sequenceIndex) : sequence.firstEntryOf.get(node);
    if (before == null) {
      return true;
    }
    while (sequence.firstPending < sequence.entries.size()
        && sequence.entries.get(sequence.firstPending).isDone()) {
      sequence.firstPending++;
    }
    for (int i = sequence.firstPending; i < before; i++) {
      if (!sequence.entries.get(i).isDone()) {
        return false;
      }
    }
    if (entry == null) {
      return true;
    }
    // Within its entry, a template invocation or dynamic test waits for those registered before it.
    for (Node n = node; n != entry; n = n.parent) {
      for (Node sibling : n.parent.registered) {
        if (sibling == n) {
          break;
        }
        if (!sibling.isDone()) {
          return false;
        }
      }
    }
    return true;
  }
}
