package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Groups the pom assigns to classes without annotating them (G1, plugin), carried to the test JVM
 * as configuration parameters: the plugin resolves its {@code <includes>} patterns to class names
 * and writes {@code failfast.group.of.<class>=<group>}, plus {@code failfast.group.<group>.parallel},
 * {@code .fatal} and {@code .nonFatal} as the pom sets them. Keys are looked up, never parsed, so
 * any group or class name works.
 *
 * <p>TODO(lead): the core's resolver ({@code classify.GroupMembership}) should consult these keys
 * when a class has no {@code @FailFastGroup}; until it does, pom groups are reported (the fork
 * uses {@link #groupOf}) but not enforced.
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

  /** Whether a key holds a group's fatal or non-fatal class names, which the fork checks first. */
  public static boolean namesThrowables(String key) {
    return key.startsWith(PREFIX) && !key.startsWith(MEMBER)
        && (key.endsWith("." + FATAL) || key.endsWith("." + NON_FATAL));
  }

  /**
   * The pom group of a class: its own entry, else that of the class enclosing an inner
   * ({@code @Nested}) class, as with the annotation.
   */
  public static Optional<String> groupOf(Class<?> testClass, Function<String, Optional<String>> parameters) {
    for (Class<?> c = testClass; c != null; c = enclosingOfInner(c)) {
      Optional<String> group = parameters.apply(memberKey(c.getName()));
      if (group.isPresent()) {
        return group;
      }
    }
    return Optional.empty();
  }

  private static Class<?> enclosingOfInner(Class<?> c) {
    return c.isMemberClass() && !Modifier.isStatic(c.getModifiers()) ? c.getEnclosingClass() : null;
  }
}
