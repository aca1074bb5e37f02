package dev.failfast.maven.surefire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

/** Reads plugin configurations from real project models, as Maven builds them from a pom. */
class TakeOverTest {

  private static final UnaryOperator<String> NO_PROPERTIES = name -> null;

  private static Plugin plugin(String artifactId, String configuration) throws Exception {
    Plugin plugin = new Plugin();
    plugin.setGroupId("org.apache.maven.plugins");
    plugin.setArtifactId(artifactId);
    if (configuration != null) {
      plugin.setConfiguration(Xpp3DomBuilder.build(new StringReader(configuration)));
    }
    return plugin;
  }

  private static MavenProject project(Plugin... plugins) {
    Model model = new Model();
    model.setBuild(new Build());
    List.of(plugins).forEach(model.getBuild()::addPlugin);
    return new MavenProject(model);
  }

  private static TakeOver surefire(MavenProject project, UnaryOperator<String> properties) {
    return new TakeOver(SurefirePlugin.SUREFIRE,
        PluginConfiguration.of(project, SurefirePlugin.SUREFIRE, text -> text.replace("${x}", "X")), properties);
  }

  @Test
  void takesWhatFailfastLeavesUnsetAndNamesIt() throws Exception {
    TakeOver take = surefire(project(plugin("maven-surefire-plugin", "<configuration>"
        + "<argLine>-Xmx64m ${x} @{argLine}</argLine>"
        + "<systemPropertyVariables><a>1</a><empty/></systemPropertyVariables>"
        + "<includes><include>**/*Spec.java</include><include> </include></includes>"
        + "<excludedGroups>slow</excludedGroups><enableAssertions>false</enableAssertions>"
        + "<properties><configurationParameters>k=v</configurationParameters></properties>"
        + "</configuration>")), NO_PROPERTIES);

    assertThat(take.text("argLine", null, null)).isEqualTo("-Xmx64m X @{argLine}");
    assertThat(take.map("systemPropertyVariables", null)).containsExactly(Map.entry("a", "1"), Map.entry("empty", ""));
    assertThat(take.list("includes", List.of("**/*Test.java"), null)).containsExactly("**/*Test.java");
    assertThat(take.list("excludes", null, null)).isEmpty();
    assertThat(take.text("excludedGroups", null, "excludedGroups")).isEqualTo("slow");
    assertThat(take.flag("enableAssertions", null, "enableAssertions", true)).isFalse();
    assertThat(take.configurationParameters(null)).isEqualTo("k=v");
    assertThat(take.summary()).isEqualTo("Taken from maven-surefire-plugin: argLine, systemPropertyVariables,"
        + " excludedGroups, enableAssertions, configurationParameters");
  }

  @Test
  void theExecutionBindingTheGoalAddsToThePluginLevel() throws Exception {
    Plugin failsafe = plugin("maven-failsafe-plugin", "<configuration><argLine>-Dlevel=plugin</argLine>"
        + "<groups>db</groups></configuration>");
    PluginExecution execution = new PluginExecution();
    execution.setGoals(List.of("integration-test", "verify"));
    execution.setConfiguration(Xpp3DomBuilder.build(new StringReader(
        "<configuration><argLine>-Dlevel=execution</argLine></configuration>")));
    failsafe.addExecution(execution);
    TakeOver take = new TakeOver(SurefirePlugin.FAILSAFE,
        PluginConfiguration.of(project(failsafe), SurefirePlugin.FAILSAFE, UnaryOperator.identity()), NO_PROPERTIES);

    assertThat(take.text("argLine", null, null)).isEqualTo("-Dlevel=execution");
    assertThat(take.text("groups", null, "groups")).isEqualTo("db");
    assertThat(take.summary()).isEqualTo("Taken from maven-failsafe-plugin: argLine, groups");
  }

  @Test
  void propertiesWrittenAsNameValuePairsAreReadToo() throws Exception {
    TakeOver take = surefire(project(plugin("maven-surefire-plugin", "<configuration><properties><property>"
        + "<name>configurationParameters</name><value>a=b</value></property></properties></configuration>")),
        NO_PROPERTIES);
    assertThat(take.configurationParameters(null)).isEqualTo("a=b");
  }

  @Test
  void userPropertiesCountWhereNeitherPomSetsTheSetting() throws Exception {
    Map<String, String> typed = Map.of("groups", "fast, db", "surefire.runOrder", "alphabetical");
    TakeOver take = surefire(project(), typed::get);

    assertThat(TakeOver.commaSeparated(take.text("groups", null, "groups"))).containsExactly("fast", "db");
    assertThat(take.text("groups", "own", "groups")).isEqualTo("own");
    assertThat(take.text("runOrder", null, SurefirePlugin.SUREFIRE.property("runOrder"))).isEqualTo("alphabetical");
    assertThat(take.summary()).as("nothing came from the plugin's configuration").isNull();
  }

  @Test
  void nothingIsTakenWhenInheritanceIsOff() throws Exception {
    TakeOver take = new TakeOver(SurefirePlugin.SUREFIRE, PluginConfiguration.none(), NO_PROPERTIES);
    assertThat(take.text("argLine", null, null)).isNull();
    assertThat(take.summary()).isNull();
  }

  @Test
  void settingsFailfastDoesNotImplementYetAreNamedInAWarning() throws Exception {
    TakeOver take = surefire(project(plugin("maven-surefire-plugin",
        "<configuration><forkCount>2</forkCount><reuseForks>false</reuseForks>"
            + "<skipAfterFailureCount>3</skipAfterFailureCount></configuration>")),
        Map.of("surefire.rerunFailingTestsCount", "3")::get);
    assertThat(take.notImplemented()).as("forkCount, the budget and reruns are implemented: only reuseForks is named")
        .containsExactly(
        "reuseForks=false is not supported by failfast: each test JVM runs its whole share of the classes, since a"
            + " group's classes must share one JVM to cancel each other; so forkedProcessTimeoutInSeconds, a limit"
            + " per class then, is not taken over");
    assertThat(surefire(project(plugin("maven-surefire-plugin", "<configuration><forkCount>1</forkCount>"
        + "</configuration>")), NO_PROPERTIES).notImplemented()).isEmpty();
  }

  @Test
  void theForkTimeoutIsTheRunsLimitOnlyWhileEachTestJvmRunsItsShareWhole() throws Exception {
    String timeout = "<forkedProcessTimeoutInSeconds>600</forkedProcessTimeoutInSeconds>";
    assertThat(surefire(project(plugin("maven-surefire-plugin", "<configuration>" + timeout + "</configuration>")),
        NO_PROPERTIES).timeout(null)).isEqualTo("600");
    assertThat(surefire(project(plugin("maven-surefire-plugin", "<configuration>" + timeout
        + "<reuseForks>false</reuseForks></configuration>")), NO_PROPERTIES).timeout(null))
        .as("a limit per class is not the run's").isNull();
    assertThat(surefire(project(), Map.of("surefire.timeout", "90")::get).timeout(null)).isEqualTo("90");
    assertThat(surefire(project(plugin("maven-surefire-plugin", "<configuration>" + timeout + "</configuration>")),
        NO_PROPERTIES).timeout("10m")).as("failfast's own wins").isEqualTo("10m");
  }

  @Test
  void forkCountAndTheFailureBudgetAreTakenOverFromSurefiresConfigurationOrItsProperties() throws Exception {
    TakeOver take = surefire(project(plugin("maven-surefire-plugin",
        "<configuration><forkCount>1C</forkCount></configuration>")),
        Map.of("surefire.skipAfterFailureCount", "2")::get);
    assertThat(take.text("forkCount", null, "forkCount")).isEqualTo("1C");
    assertThat(take.text("skipAfterFailureCount", null, SurefirePlugin.SUREFIRE.property("skipAfterFailureCount")))
        .isEqualTo("2");
    assertThat(take.summary()).isEqualTo("Taken from maven-surefire-plugin: forkCount");
  }
}
