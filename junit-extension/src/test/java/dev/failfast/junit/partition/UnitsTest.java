package dev.failfast.junit.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Which classes a split keeps together. */
class UnitsTest {

  @Test
  void classesSharingAGroupThroughAnyChainAreOneUnitAndTheirWeightsAdd() {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    groups.put("Z", Set.of("a"));
    groups.put("Y", Set.of("a", "b"));
    groups.put("X", Set.of("b"));
    groups.put("Lone", Set.of());
    groups.put("Other", Set.of("c"));

    List<Unit> units = Units.of(groups, name -> name.length());

    assertThat(units).containsExactly(
        new Unit(List.of("Lone"), 4), new Unit(List.of("Other"), 5), new Unit(List.of("X", "Y", "Z"), 3));
  }

  @RepeatedTest(200)
  void noGroupSpansTwoUnitsAndEveryClassIsInOne(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    Map<String, Set<String>> groups = GeneratedRuns.groupsByClass(random);

    List<Unit> units = Units.of(groups, name -> 1);

    List<String> classes = new ArrayList<>();
    units.forEach(unit -> classes.addAll(unit.classes()));
    assertThat(classes).containsExactlyInAnyOrderElementsOf(groups.keySet());
    for (String group : groups.values().stream().flatMap(Set::stream).distinct().toList()) {
      assertThat(units).as(group).filteredOn(unit -> unit.classes().stream()
          .anyMatch(name -> groups.get(name).contains(group))).hasSize(1);
    }
    assertThat(units).filteredOn(unit -> unit.classes().size() > 1)
        .allSatisfy(unit -> assertThat(unit.classes()).allMatch(name -> !groups.get(name).isEmpty()));
  }
}
