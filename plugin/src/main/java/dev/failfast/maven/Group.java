package dev.failfast.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * A fail-fast group set up in the pom ({@code <groups><group>}): assigns classes to a group by
 * pattern, without annotating them, and sets how the group behaves. A class's own
 * {@code @FailFastGroup} wins over a pattern.
 *
 * @param name the group's name; a class annotated with the same name joins the same group
 * @param includes class file patterns in Surefire's {@code <includes>} syntax, such as {@code **}{@code /db/**}
 * @param parallel nullable; {@code false}: the group runs one test at a time; unset: as the annotation says
 * @param fatal failure types that cancel the group; empty: the plugin's {@code fatal}
 * @param nonFatal failure types that never cancel the group; empty: the plugin's {@code nonFatal}
 */
record Group(String name, List<String> includes, Boolean parallel, List<String> fatal, List<String> nonFatal) {

  private static final String SHAPE = "<groups><group><name>db</name><includes><include>**/db/**</include>"
      + "</includes></group></groups>";

  Group {
    includes = List.copyOf(includes);
    fatal = List.copyOf(fatal);
    nonFatal = List.copyOf(nonFatal);
  }

  /**
   * Reads the {@code <groups>} parameter as written, so that a Surefire-style {@code <groups>}
   * (a tag expression) gets an error that says where it belongs.
   *
   * @param groups nullable: no groups
   * @throws IllegalArgumentException naming what is wrong and the fix
   */
  static List<Group> parse(PlexusConfiguration groups) {
    if (groups == null) {
      return List.of();
    }
    String text = groups.getValue(null);
    if (groups.getChildCount() == 0 && text != null && !text.isBlank()) {
      throw new IllegalArgumentException("groups: <groups>" + text.trim() + "</groups> is a Surefire-style tag"
          + " expression, but failfast's <groups> defines fail-fast groups, such as " + SHAPE
          + "; put a JUnit tag expression in <tags>" + text.trim() + "</tags> instead");
    }
    List<Group> parsed = new ArrayList<>();
    for (PlexusConfiguration group : groups.getChildren()) {
      if (!"group".equals(group.getName())) {
        throw new IllegalArgumentException("groups: <" + group.getName() + "> is not a <group>; write " + SHAPE);
      }
      parsed.add(group(group));
    }
    return parsed;
  }

  private static Group group(PlexusConfiguration group) {
    String name = null;
    List<String> includes = List.of();
    Boolean parallel = null;
    List<String> fatal = List.of();
    List<String> nonFatal = List.of();
    for (PlexusConfiguration setting : group.getChildren()) {
      switch (setting.getName()) {
        case "name" -> name = setting.getValue(null);
        case "includes" -> includes = items(setting);
        case "parallel" -> parallel = flag(setting.getValue(""));
        case "fatal" -> fatal = items(setting);
        case "nonFatal" -> nonFatal = items(setting);
        default -> throw new IllegalArgumentException("groups: a <group> has an unknown <" + setting.getName()
            + ">; a group takes <name>, <includes>, <parallel>, <fatal> and <nonFatal>");
      }
    }
    return new Group(name, includes, parallel, fatal, nonFatal);
  }

  private static List<String> items(PlexusConfiguration list) {
    List<String> items = new ArrayList<>();
    for (PlexusConfiguration item : list.getChildren()) {
      items.add(item.getValue(""));
    }
    return items;
  }

  private static Boolean flag(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException("groups: <parallel>" + text + "</parallel> is not true or false; write"
          + " <parallel>false</parallel> to run the group one test at a time");
    }
    return Boolean.valueOf(value);
  }
}
