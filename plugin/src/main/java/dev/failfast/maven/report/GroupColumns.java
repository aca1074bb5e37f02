package dev.failfast.maven.report;

import dev.failfast.junit.fork.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The columns of the per-group table, one definition for every place that prints it (the console,
 * GitHub's job summary): the group, its outcome, its tests, a count per counted outcome, its flaky
 * tests when reruns made any, and what cancelled it. The places only format the cells.
 */
public final class GroupColumns {

  private static final List<Outcome> COUNTED =
      Stream.of(Outcome.values()).filter(outcome -> Outcomes.countName(outcome).isPresent()).toList();

  /** Whether the table has Surefire's {@code Flakes} column: a test passed after reruns. */
  private final boolean flakes;
  private final List<String> header;

  private GroupColumns(boolean flakes) {
    this.flakes = flakes;
    List<String> names = new ArrayList<>(List.of("Group", "Outcome", "Tests"));
    COUNTED.forEach(outcome -> names.add(capitalized(Outcomes.countName(outcome).orElseThrow())));
    if (flakes) {
      names.add("Flakes");
    }
    names.add("Cancelled by");
    this.header = List.copyOf(names);
  }

  /** The columns of these groups' table. */
  public static GroupColumns of(List<GroupSummary> groups) {
    return new GroupColumns(groups.stream().anyMatch(group -> group.totals().flakes() > 0));
  }

  /** The header: {@code Group, Outcome, Tests, Failures, …, Stopped, [Flakes,] Cancelled by}. */
  public List<String> header() {
    return header;
  }

  /**
   * A group's row, the name and the cause as the caller formats them.
   *
   * @param name the group's name, escaped and cut as the caller's medium needs
   * @param cancelledBy what cancelled it, as the caller words it ({@code ""} for nothing)
   */
  public List<String> row(String name, GroupSummary group, String cancelledBy) {
    List<String> row = new ArrayList<>(List.of(name, group.outcome(), Integer.toString(group.totals().tests())));
    COUNTED.forEach(outcome -> row.add(Integer.toString(group.totals().count(outcome))));
    if (flakes) {
      row.add(Integer.toString(group.totals().flakes()));
    }
    row.add(cancelledBy);
    return row;
  }

  /** Whether the column at {@code index} holds a number: from the tests to the column before the cause. */
  public boolean isNumber(int index) {
    return index >= 2 && index < header.size() - 1;
  }

  /** {@code failures} as a heading, or a sentence's start: {@code Failures}. */
  public static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
