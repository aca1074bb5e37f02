package dev.failfast.junit.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The split of units into parts, over generated runs. */
class BalanceTest {

  /** A run of 0 to 60 units weighing 0 to 5000, many of equal weight, from the repetition's seed. */
  private static List<Unit> units(Random random) {
    List<Unit> units = new ArrayList<>();
    int count = random.nextInt(61);
    for (int i = 0; i < count; i++) {
      long weight = random.nextBoolean() ? random.nextInt(5001) : random.nextInt(4);
      units.add(new Unit(List.of(String.format("com.example.C%03d", i)), weight));
    }
    return units;
  }

  @RepeatedTest(300)
  void everyUnitIsInExactlyOnePart(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    List<Unit> units = units(random);
    int count = 1 + random.nextInt(7);

    List<Unit> all = new ArrayList<>();
    for (int index = 1; index <= count; index++) {
      all.addAll(Balance.select(units, new Part(index, count)));
    }

    assertThat(all).containsExactlyInAnyOrderElementsOf(units);
  }

  @RepeatedTest(300)
  void thePartsDependOnTheUnitsNotOnTheirOrder(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    List<Unit> units = units(random);
    int count = 1 + random.nextInt(7);
    List<Unit> shuffled = new ArrayList<>(units);
    Collections.shuffle(shuffled, random);

    assertThat(Balance.split(shuffled, count)).isEqualTo(Balance.split(units, count));
  }

  @RepeatedTest(300)
  void thePartsDifferByAtMostTheHeaviestUnit(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    List<Unit> units = units(random);
    int count = 1 + random.nextInt(7);

    List<Long> weights = Balance.split(units, count).stream()
        .map(part -> part.stream().mapToLong(Unit::weight).sum()).toList();

    long heaviestUnit = units.stream().mapToLong(Unit::weight).max().orElse(0);
    assertThat(Collections.max(weights) - Collections.min(weights)).isLessThanOrEqualTo(heaviestUnit);
  }

  @RepeatedTest(300)
  void aGroupIsInOnePartWithEveryClassHoldingAMemberOfIt(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    Map<String, Set<String>> groupsByClass = GeneratedRuns.groupsByClass(random);
    List<Unit> units = Units.of(groupsByClass, name -> random.nextInt(1000));
    int count = 1 + random.nextInt(7);

    Map<String, Integer> partOfGroup = new HashMap<>();
    List<String> classes = new ArrayList<>();
    for (int index = 1; index <= count; index++) {
      for (Unit unit : Balance.select(units, new Part(index, count))) {
        for (String name : unit.classes()) {
          classes.add(name);
          for (String group : groupsByClass.get(name)) {
            assertThat(partOfGroup.putIfAbsent(group, index)).as(group).isIn(null, index);
          }
        }
      }
    }
    assertThat(classes).containsExactlyInAnyOrderElementsOf(groupsByClass.keySet());
  }

  @Test
  void unitsOfEqualWeightGoByName() {
    List<Unit> units = List.of(new Unit(List.of("D"), 1), new Unit(List.of("B"), 1),
        new Unit(List.of("C"), 1), new Unit(List.of("A"), 1));

    assertThat(Balance.split(units, 2)).containsExactly(
        List.of(new Unit(List.of("A"), 1), new Unit(List.of("C"), 1)),
        List.of(new Unit(List.of("B"), 1), new Unit(List.of("D"), 1)));
  }

  @Test
  void theHeaviestUnitsAreSpreadFirst() {
    List<Unit> units = List.of(new Unit(List.of("a"), 1), new Unit(List.of("b"), 1), new Unit(List.of("c"), 1),
        new Unit(List.of("big"), 3), new Unit(List.of("mid"), 2));

    List<List<Unit>> parts = Balance.split(units, 2);

    // big (3) | mid (2), then a onto the lighter, b onto the first of two equal, c onto the lighter.
    assertThat(parts.get(0)).extracting(Unit::name).containsExactly("b", "big");
    assertThat(parts.get(1)).extracting(Unit::name).containsExactly("a", "c", "mid");
  }

  @Test
  void morePartsThanUnitsLeavesTheLastPartsEmpty() {
    List<Unit> units = List.of(new Unit(List.of("A"), 5), new Unit(List.of("B"), 5));

    assertThat(Balance.select(units, new Part(3, 3))).isEmpty();
    assertThat(Balance.select(units, new Part(1, 3))).extracting(Unit::name).containsExactly("A");
  }
}
