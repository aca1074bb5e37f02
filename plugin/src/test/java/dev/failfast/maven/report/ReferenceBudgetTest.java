package dev.failfast.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceBudgetTest {

  private static final int BUDGET = ReferenceBudget.MARKUP_CHARACTERS;

  @Test
  void writesEverythingAsItIsWithinTheBudget() {
    ReferenceBudget budget = new ReferenceBudget(List.of("test(List<String>)", "com.acme.T"));
    assertThat(budget.name("test(List<String>)")).isEqualTo("test(List<String>)");
    assertThat(budget.text("expected: \"a & b\" but was: <c>")).isEqualTo(
        "expected: \"a & b\" but was: <c>");
    assertThat(budget.text("no markup")).isEqualTo("no markup");
  }

  @Test
  void freeTextSpendsWhatTheNamesLeftThenEscapes() {
    ReferenceBudget budget = new ReferenceBudget(List.of("<".repeat(BUDGET - 3)));
    assertThat(budget.text("a\"b&c<d>e")).isEqualTo("a\"b&c<d\\u003Ee");
    assertThat(budget.text("\"&")).isEqualTo("\\u0022\\u0026");
    assertThat(budget.text("plain")).isEqualTo("plain");
  }

  @Test
  void namesAreAllAsTheyAreOrAllEscapedSoAClassNameReadsAlikeEverywhere() {
    String name = "C<" + "&".repeat(BUDGET / 2) + ">";
    ReferenceBudget budget = new ReferenceBudget(List.of(name, name));
    String escaped = "C\\u003C" + "\\u0026".repeat(BUDGET / 2) + "\\u003E";
    assertThat(budget.name(name)).isEqualTo(escaped);
    assertThat(budget.name(name)).isEqualTo(escaped);
    assertThat(budget.name("plain")).isEqualTo("plain");
    assertThat(budget.text("\"".repeat(BUDGET))).as("free text keeps the whole budget")
        .isEqualTo("\"".repeat(BUDGET));
    assertThat(budget.text("\"")).isEqualTo("\\u0022");
  }
}
