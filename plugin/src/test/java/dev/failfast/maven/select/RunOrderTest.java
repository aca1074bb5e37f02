package dev.failfast.maven.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunOrderTest {

  private static final List<String> SCANNED = List.of("b.Second", "a.First", "c.Third");

  @Test
  void filesystemKeepsTheScanOrderAndIsTheDefault() {
    assertThat(RunOrder.of(null, null).order(SCANNED, 0)).isEqualTo(SCANNED);
    assertThat(RunOrder.of("FileSystem", null).order(SCANNED, 0)).isEqualTo(SCANNED);
  }

  @Test
  void alphabeticalReverseAndHourly() {
    assertThat(RunOrder.of("alphabetical", null).order(SCANNED, 0)).containsExactly("a.First", "b.Second", "c.Third");
    assertThat(RunOrder.of("reversealphabetical", null).order(SCANNED, 0))
        .containsExactly("c.Third", "b.Second", "a.First");
    assertThat(RunOrder.of("hourly", null).order(SCANNED, 14)).containsExactly("a.First", "b.Second", "c.Third");
    assertThat(RunOrder.of("hourly", null).order(SCANNED, 15)).containsExactly("c.Third", "b.Second", "a.First");
    assertThat(RunOrder.of("alphabetical,failedfirst", null).order(SCANNED, 0)).startsWith("a.First");
  }

  @Test
  void randomIsRepeatableWithItsSeed() {
    List<String> many = IntStream.range(0, 20).mapToObj(i -> "c.Class" + i).toList();
    RunOrder random = RunOrder.of("random", null);
    List<String> once = random.order(many, 0);
    assertThat(once).containsExactlyInAnyOrderElementsOf(many).isNotEqualTo(many);
    assertThat(RunOrder.of("random", Long.toString(random.seed())).order(many, 0)).isEqualTo(once);
    assertThat(RunOrder.of("random", "7").seed()).isEqualTo(7);
  }

  @Test
  void ordersThatNeedSurefiresStatisticsWarnAndKeepTheScanOrder() {
    RunOrder balanced = RunOrder.of("balanced", null);
    assertThat(balanced.order(SCANNED, 0)).isEqualTo(SCANNED);
    assertThat(balanced.warning()).isEqualTo("runOrder=balanced needs Surefire's run statistics, which failfast does"
        + " not keep: the classes run in filesystem order");
    assertThat(RunOrder.of("failedfirst", null).warning()).startsWith("runOrder=failedfirst needs");
  }

  @Test
  void anUnknownOrderIsRejected() {
    assertThatThrownBy(() -> RunOrder.of("sideways", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("runOrder: 'sideways' is not a run order; use one of filesystem, alphabetical,"
            + " reversealphabetical, random, hourly");
  }

  @Test
  void aSeedThatIsNotANumberIsRejected() {
    assertThatThrownBy(() -> RunOrder.of("random", "seven")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("runOrderRandomSeed: 'seven' is not a number; give the seed a random run order printed, such as"
            + " 1234567");
  }
}
