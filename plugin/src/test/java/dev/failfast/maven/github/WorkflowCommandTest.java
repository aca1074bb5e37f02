package dev.failfast.maven.github;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Workflow commands as GitHub's runner parses them: one line, its escapes, its bounds. */
class WorkflowCommandTest {

  @Test
  void anErrorNamesItsFileLineAndTitle() {
    assertThat(WorkflowCommand.error(new SourcePlace("module/src/test/java/com/acme/PayTest.java", 17), "PayTest.charge",
        "IllegalStateException: gateway down"))
        .isEqualTo("::error file=module/src/test/java/com/acme/PayTest.java,line=17,title=PayTest.charge::"
            + "IllegalStateException: gateway down");
  }

  @Test
  void anErrorWithoutAPlaceHasNoFileOrLine() {
    assertThat(WorkflowCommand.error(null, "T.t", "boom")).isEqualTo("::error title=T.t::boom");
  }

  @Test
  void theMessageEscapesPercentAndLineBreaksButKeepsColonsAndCommas() {
    assertThat(WorkflowCommand.data("100% a:b,c\r\nnext\nline")).isEqualTo("100%25 a:b,c%0D%0Anext%0Aline");
  }

  @Test
  void aPropertyAlsoEscapesColonAndComma() {
    assertThat(WorkflowCommand.property("T.t(int, String)[1]: 50%\n::x"))
        .isEqualTo("T.t(int%2C String)[1]%3A 50%25%0A%3A%3Ax");
  }

  /** A test's message cannot colour the log, ring its bell or start a command line of its own. */
  @Test
  void controlCharactersBecomeVisibleEscapes() {
    String line = WorkflowCommand.error(null, "T\u001B[31mt", "red\u001B[31m\u0007\n::error::forged");
    assertThat(line).isEqualTo("::error title=T\\u001B[31mt::red\\u001B[31m\\u0007%0A::error::forged");
    assertThat(line).doesNotContain("\n", "\u001B", "\u0007");
  }

  @Test
  void theMessageIsCutAtItsBound() {
    String atTheBound = "m".repeat(WorkflowCommand.MESSAGE_LIMIT);
    assertThat(WorkflowCommand.warning("t", atTheBound)).isEqualTo("::warning title=t::" + atTheBound);
    assertThat(WorkflowCommand.warning("t", atTheBound + "mm"))
        .isEqualTo("::warning title=t::" + atTheBound + "… [2 characters cut]");
  }

  @Test
  void theTitleIsCutAtItsBound() {
    String atTheBound = "t".repeat(WorkflowCommand.TITLE_LIMIT);
    assertThat(WorkflowCommand.error(null, atTheBound, "m")).isEqualTo("::error title=" + atTheBound + "::m");
    assertThat(WorkflowCommand.error(null, atTheBound + "t", "m"))
        .isEqualTo("::error title=" + atTheBound + "… [1 characters cut]::m");
  }
}
