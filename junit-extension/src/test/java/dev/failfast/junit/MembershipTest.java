package dev.failfast.junit;

import static dev.failfast.junit.harness.Outcomes.assertEveryTestReportedOnce;
import static dev.failfast.junit.harness.Outcomes.assertFailed;
import static dev.failfast.junit.harness.Outcomes.assertPassed;
import static dev.failfast.junit.harness.Outcomes.assertStopped;
import static dev.failfast.junit.harness.Outcomes.assertStoppedBeforeStart;
import static dev.failfast.junit.harness.Outcomes.assertStoppedWhileRunning;
import static dev.failfast.junit.harness.Outcomes.fatal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.junit.fixtures.Journal;
import dev.failfast.junit.fixtures.membership.InheritedMemberFixture;
import dev.failfast.junit.fixtures.membership.MetaAnnotatedFixture;
import dev.failfast.junit.fixtures.membership.NestedOwnGroupFixture;
import dev.failfast.junit.fixtures.membership.PomAssignedFixture;
import dev.failfast.junit.fixtures.membership.SharedGroupFirstFixture;
import dev.failfast.junit.fixtures.membership.SharedGroupSecondFixture;
import dev.failfast.junit.harness.Launch;
import dev.failfast.junit.harness.RunResult;
import dev.failfast.junit.harness.Status;
import dev.failfast.junit.harness.TestResult;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/** docs/rules.md G1: membership via the class, a superclass, a meta-annotation, an enclosing class; shared names. */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class MembershipTest {

  @Test
  void aSubclassBelongsToTheGroupOfItsSuperclass() {
    RunResult run = Launch.of(InheritedMemberFixture.class).run();

    assertThat(Journal.events()).contains("group=inherited");
    assertFailed(run.test(InheritedMemberFixture.class, "fails"), IllegalStateException.class, "inherited membership");
    assertStoppedBeforeStart(
        run.test(InheritedMemberFixture.class, "stopped"),
        fatal("inherited", InheritedMemberFixture.class, "fails", "IllegalStateException: inherited membership"));
    assertEveryTestReportedOnce(run);
  }

  /** docs/rules.md G1 (plugin): the pom assigns a class without the annotation; the plugin passes these keys. */
  @Test
  void aClassThePomAssignsIsCancelledWithItsGroup() {
    RunResult run = pomAssigned().run();

    assertThat(Journal.events()).contains("group=pom");
    assertFailed(run.test(PomAssignedFixture.class, "fails"), IllegalStateException.class, "pom membership");
    assertStoppedBeforeStart(
        run.test(PomAssignedFixture.class, "second"),
        fatal("pom", PomAssignedFixture.class, "fails(GroupSignal)", "IllegalStateException: pom membership"));
    assertEveryTestReportedOnce(run);
  }

  @Test
  void aPomGroupsOwnNonFatalTypesAreHonoured() {
    RunResult run = pomAssigned().param("failfast.group.pom.nonFatal", "java.lang.IllegalStateException").run();

    assertFailed(run.test(PomAssignedFixture.class, "fails"), IllegalStateException.class, "pom membership");
    assertPassed(run.test(PomAssignedFixture.class, "second"));
    assertThat(run.groups().cancellations("pom")).isEmpty();
    assertEveryTestReportedOnce(run);
  }

  private static Launch pomAssigned() {
    return Launch.of(PomAssignedFixture.class)
        .param("junit.jupiter.extensions.autodetection.enabled", "true")
        .param("failfast.group.of." + PomAssignedFixture.class.getName(), "pom");
  }

  @Test
  void aClassBelongsToTheGroupOfAnAnnotationItCarries() {
    RunResult run = Launch.of(MetaAnnotatedFixture.class).run();

    assertThat(Journal.events()).contains("group=meta-db");
    assertFailed(run.test(MetaAnnotatedFixture.class, "fails"), IllegalStateException.class, "meta membership");
    assertStoppedBeforeStart(
        run.test(MetaAnnotatedFixture.class, "stopped"),
        fatal("meta-db", MetaAnnotatedFixture.class, "fails", "IllegalStateException: meta membership"));
    assertEveryTestReportedOnce(run);
  }

  /**
   * A nested class belongs to its enclosing class's group unless it names its own; a nested
   * class's own group is cancelled alone.
   */
  @Test
  void aNestedClassBelongsToItsEnclosingClassGroupOrNamesItsOwn() {
    RunResult run = Launch.of(NestedOwnGroupFixture.class).run();

    Class<?> inner = NestedOwnGroupFixture.Inner.class;
    assertThat(Journal.events()).contains("Inner group=inner-group", "OuterMember group=outer-group cancelled=false");
    assertPassed(run.test(inner, "innerGroup"));
    assertFailed(run.test(inner, "innerFails"), IllegalStateException.class, "inner broke");
    TestResult stopped = run.test(inner, "innerStopped");
    assertStopped(stopped, "group 'inner-group' cancelled by fatal failure in ");
    assertThat(stopped.message())
        .contains("innerFails()")
        .endsWith("IllegalStateException: inner broke")
        .doesNotContain("was running");
    assertThat(Journal.events()).doesNotContain("Inner.innerStopped");
    // the enclosing class's group is another group: untouched
    assertPassed(run.test(NestedOwnGroupFixture.OuterMember.class, "outerGroup"));
    assertThat(run.groups().cancellations("outer-group")).isEmpty();
    assertThat(run.groups().cancellations("inner-group")).hasSize(1);
    assertEveryTestReportedOnce(run);
  }

  /** Two classes in different files that name one group are cancelled together. */
  @Test
  void classesInDifferentFilesNamingOneGroupAreCancelledTogether() {
    RunResult run = Launch.of(SharedGroupFirstFixture.class, SharedGroupSecondFixture.class).run();

    String description =
        fatal("shared", SharedGroupFirstFixture.class, "fails", "IllegalStateException: first file failed");
    assertFailed(run.test(SharedGroupFirstFixture.class, "fails"), IllegalStateException.class, "first file failed");
    assertStoppedWhileRunning(
        run.test(SharedGroupSecondFixture.class, "blocks"), description, InterruptedException.class);
    assertThat(Journal.events())
        .contains("group=shared", "SharedGroupSecondFixture.afterEach", "SharedGroupSecondFixture.afterAll");
    assertThat(run.container(SharedGroupSecondFixture.class).status()).isEqualTo(Status.PASSED);
    assertThat(run.groups().cancellations("shared")).hasSize(1);
    assertThat(Journal.interruptedAtStart()).isEmpty();
    assertEveryTestReportedOnce(run);
  }
}
