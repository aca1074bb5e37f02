package dev.failfast.junit.partition;

import dev.failfast.junit.classify.GroupMembership;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The groups a top-level class holds members of: its own and those its {@code @Nested} (inner)
 * classes name, at any depth (docs/rules.md G1).
 */
final class ClassGroups {

  private ClassGroups() {}

  /**
   * @param parameters the run's configuration parameters, which carry the pom's groups
   * @return the groups, none for a class that is in no group or will not load (JUnit reports it)
   */
  static Set<String> of(String className, Function<String, Optional<String>> parameters, ClassLoader loader) {
    Set<String> groups = new TreeSet<>();
    try {
      collect(Class.forName(className, false, loader), parameters, groups);
    } catch (ClassNotFoundException | LinkageError e) {
      groups.clear(); // a class that will not load runs alone, as an ungrouped one
    }
    return groups;
  }

  private static void collect(Class<?> testClass, Function<String, Optional<String>> parameters, Set<String> groups) {
    GroupMembership.declarationOf(testClass, parameters).ifPresent(declaration -> groups.add(declaration.name()));
    for (Class<?> member : testClass.getDeclaredClasses()) {
      if (!Modifier.isStatic(member.getModifiers())) {
        collect(member, parameters, groups);
      }
    }
  }
}
