package dev.failfast.junit.classify;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Groups the pom assigns to classes without annotating them (docs/rules.md G1, plugin), carried to
 * the test JVM as configuration parameters: the plugin resolves its {@code <includes>} patterns to
 * class names and writes {@code failfast.group.of.<class>=<group>}, plus {@code
 * failfast.group.<group>.parallel}, {@code .fatal} and {@code .nonFatal} as the pom sets them. Keys
 * are looked up, never parsed, so any group or class name works. {@link GroupMembership} reads
 * them.
 */
@API(status = INTERNAL, since = "0.1")
public final class PomGroups {

  public static final String PARALLEL = "parallel";
  public static final String FATAL = "fatal";
  public static final String NON_FATAL = "nonFatal";

  private static final String PREFIX = "failfast.group.";
  private static final String MEMBER = PREFIX + "of.";

  private PomGroups() {}

  /** The key naming the group of a class. */
  public static String memberKey(String className) {
    return MEMBER + className;
  }

  /** The key of one of a group's settings: {@code parallel}, {@code fatal} or {@code nonFatal}. */
  public static String settingKey(String group, String setting) {
    return PREFIX + group + "." + setting;
  }

  /**
   * How a user finds a group setting's key in the pom, for messages: {@code groups: group 'db'
   * <fatal>}. The setting is what follows the last dot, since setting names have none.
   */
  public static String inPom(String settingKey) {
    int dot = settingKey.lastIndexOf('.');
    return "groups: group '" + settingKey.substring(PREFIX.length(), dot) + "' <" + settingKey.substring(dot + 1) + ">";
  }

  /** Whether a key holds a group's fatal or non-fatal class names, which the fork checks first. */
  public static boolean namesThrowables(String key) {
    return key.startsWith(PREFIX) && !key.startsWith(MEMBER)
        && (key.endsWith("." + FATAL) || key.endsWith("." + NON_FATAL));
  }
}
