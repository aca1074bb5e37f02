package dev.failfast.junit.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.failfast.junit.partition.fixtures.AlphaFirstFixture;
import dev.failfast.junit.partition.fixtures.AlphaSecondFixture;
import dev.failfast.junit.partition.fixtures.BetaFixture;
import dev.failfast.junit.partition.fixtures.GammaFixture;
import dev.failfast.junit.partition.fixtures.HoldsBetaFixture;
import dev.failfast.junit.partition.fixtures.HoldsGammaAndAlphaFixture;
import dev.failfast.junit.partition.fixtures.LoneAFixture;
import dev.failfast.junit.partition.fixtures.LoneBFixture;
import dev.failfast.junit.partition.fixtures.LoneCFixture;
import dev.failfast.junit.partition.fixtures.LoneDFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The classes of a part, from real classes and JUnit's real plan of them. 'alpha' and 'gamma' are
 * one unit of 8 planned tests (a class of 'gamma' has a nested class of 'alpha'), 'beta' one of 5
 * (an ungrouped class holds a nested member), the four ungrouped classes hold 1, 2, 3 and 5.
 */
class RunPartTest {

  private static final ClassLoader LOADER = RunPartTest.class.getClassLoader();
  private static final List<String> CLASSES = Stream.of(LoneDFixture.class, AlphaFirstFixture.class,
      LoneAFixture.class, AlphaSecondFixture.class, BetaFixture.class, GammaFixture.class, HoldsBetaFixture.class,
      HoldsGammaAndAlphaFixture.class, LoneBFixture.class, LoneCFixture.class).map(Class::getName).toList();

  @TempDir Path dir;

  /** The planned test counts of a real discovery, as the test JVM gives them. */
  private static Map<String, Long> discovered(List<String> classes) {
    var request = LauncherDiscoveryRequestBuilder.request()
        .selectors(classes.stream().map(DiscoverySelectors::selectClass).toList()).build();
    return PlannedTests.count(LauncherFactory.create().discover(request), classes);
  }

  private static List<String> part(List<String> classes, Map<String, String> parameters) {
    Function<String, Optional<String>> configured = key -> Optional.ofNullable(parameters.get(key));
    return RunPart.classes(classes, configured, LOADER, RunPartTest::discovered);
  }

  private static List<String> names(Class<?>... classes) {
    return Stream.of(classes).map(Class::getName).toList();
  }

  @Test
  void withoutPartsTheJvmRunsEveryClass() {
    assertThat(part(CLASSES, Map.of())).isEqualTo(CLASSES);
    assertThat(part(CLASSES, Map.of(RunPart.PARTS, " "))).isEqualTo(CLASSES);
  }

  @Test
  void plannedTestsCountEachTestMethodUnderItsTopLevelClass() {
    assertThat(discovered(CLASSES))
        .containsEntry(HoldsBetaFixture.class.getName(), 3L)
        .containsEntry(HoldsGammaAndAlphaFixture.class.getName(), 2L)
        .containsEntry(LoneDFixture.class.getName(), 5L)
        .hasSize(CLASSES.size());
  }

  @Test
  void withoutTimingsTheUnitsAreBalancedByPlannedTestsKeepingGroupsWholeAndTheRunsOrder() {
    assertThat(part(CLASSES, Map.of(RunPart.PARTS, "1/2"))).isEqualTo(names(AlphaFirstFixture.class,
        LoneAFixture.class, AlphaSecondFixture.class, GammaFixture.class, HoldsGammaAndAlphaFixture.class,
        LoneCFixture.class));
    assertThat(part(CLASSES, Map.of(RunPart.PARTS, "2/2"))).isEqualTo(names(LoneDFixture.class,
        BetaFixture.class, HoldsBetaFixture.class, LoneBFixture.class));
  }

  @Test
  void timingsChangeTheSplit() throws IOException {
    Map<String, Long> timings = new HashMap<>();
    CLASSES.forEach(name -> timings.put(name, 10L));
    timings.put(LoneAFixture.class.getName(), 10_000L);
    Path file = dir.resolve("timings");
    Timings.write(file, timings);

    assertThat(part(CLASSES, Map.of(RunPart.PARTS, "1/2", RunPart.TIMINGS_FILE, file.toString())))
        .isEqualTo(names(LoneAFixture.class));
  }

  @Test
  void aClassTheTimingsDoNotNameWeighsTheirMean() throws IOException {
    Path file = dir.resolve("timings");
    Timings.write(file, Map.of(LoneAFixture.class.getName(), 9_000L, LoneBFixture.class.getName(), 1_000L));
    List<String> lone = names(LoneAFixture.class, LoneBFixture.class, LoneCFixture.class, LoneDFixture.class);

    // C and D weigh 5 000 each: A (9 000) and B (1 000) balance them.
    assertThat(part(lone, Map.of(RunPart.PARTS, "1/2", RunPart.TIMINGS_FILE, file.toString())))
        .isEqualTo(names(LoneAFixture.class, LoneBFixture.class));
  }

  @Test
  void timingsNamingNoneOfTheRunsClassesLeaveTheSplitToPlannedTests() throws IOException {
    Path file = dir.resolve("timings");
    Timings.write(file, Map.of("com.example.Gone", 50_000L));

    assertThat(part(CLASSES, Map.of(RunPart.PARTS, "2/2", RunPart.TIMINGS_FILE, file.toString())))
        .isEqualTo(part(CLASSES, Map.of(RunPart.PARTS, "2/2")));
  }

  @RepeatedTest(20)
  void nestedPartsSplitWhatThePartBeforeLeftAndCoverEveryClassOnceWhateverTheOrder(RepetitionInfo repetition) {
    List<String> shuffled = new ArrayList<>(CLASSES);
    Collections.shuffle(shuffled, new Random(repetition.getCurrentRepetition()));

    List<String> covered = new ArrayList<>();
    for (int shard = 1; shard <= 2; shard++) {
      for (int fork = 1; fork <= 2; fork++) {
        List<String> part = part(shuffled, Map.of(RunPart.PARTS, shard + "/2," + fork + "/2"));
        assertThat(part).isSubsetOf(part(CLASSES, Map.of(RunPart.PARTS, shard + "/2")));
        covered.addAll(part);
      }
    }

    assertThat(covered).containsExactlyInAnyOrderElementsOf(CLASSES);
  }

  @Test
  void aBadPartsValueIsRefusedNamingTheParameter() {
    assertThatIllegalArgumentException().isThrownBy(() -> part(CLASSES, Map.of(RunPart.PARTS, "1/2,3/2")))
        .withMessageStartingWith("failfast.parts: '3/2' asks for part 3 of 2");
  }

  @Test
  void anUnreadableTimingsFileIsRefusedNamingTheParameter() {
    Path missing = dir.resolve("missing");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> part(CLASSES, Map.of(RunPart.PARTS, "1/2", RunPart.TIMINGS_FILE, missing.toString())))
        .withMessageStartingWith("failfast.timings.file: cannot read the timings: ")
        .withMessageContaining(missing.toString());
  }
}
