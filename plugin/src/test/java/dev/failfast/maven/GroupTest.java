package dev.failfast.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.codehaus.plexus.configuration.xml.XmlPlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class GroupTest {

  private static List<Group> parse(String xml) throws Exception {
    return Group.parse(new XmlPlexusConfiguration(Xpp3DomBuilder.build(new StringReader(xml))));
  }

  @Test
  void readsTheGroupsAsWritten() throws Exception {
    List<Group> groups = parse("<groups><group><name>db</name><includes><include>**/db/**</include></includes>"
        + "<parallel>false</parallel><fatal><exception>java.io.IOException</exception></fatal>"
        + "<nonFatal><exception>java.lang.AssertionError</exception></nonFatal></group>"
        + "<group><name>web</name></group></groups>");
    assertThat(groups).containsExactly(
        new Group("db", List.of("**/db/**"), false, List.of("java.io.IOException"),
            List.of("java.lang.AssertionError")),
        new Group("web", List.of(), null, List.of(), List.of()));
  }

  @Test
  void noGroupsParameterMeansNoGroups() throws Exception {
    assertThat(Group.parse(null)).isEmpty();
    assertThat(parse("<groups/>")).isEmpty();
  }

  @Test
  void aSurefireStyleTagExpressionSaysItBelongsInTags() {
    assertThatThrownBy(() -> parse("<groups>fast</groups>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("groups: <groups>fast</groups> is a Surefire-style tag expression, but failfast's"
            + " <groups> defines fail-fast groups, such as <groups><group><name>db</name>")
        .hasMessageEndingWith("; put a JUnit tag expression in <tags>fast</tags> instead");
  }

  @Test
  void anythingElseIsNamedWithWhatAGroupTakes() {
    assertThatThrownBy(() -> parse("<groups><grop><name>db</name></grop></groups>"))
        .hasMessageStartingWith("groups: <grop> is not a <group>; write <groups><group>");
    assertThatThrownBy(() -> parse("<groups><group><name>db</name><include>x</include></group></groups>"))
        .hasMessage("groups: a <group> has an unknown <include>; a group takes <name>, <includes>, <parallel>,"
            + " <fatal> and <nonFatal>");
    assertThatThrownBy(() -> parse("<groups><group><name>db</name><parallel>no</parallel></group></groups>"))
        .hasMessageStartingWith("groups: <parallel>no</parallel> is not true or false");
  }
}
