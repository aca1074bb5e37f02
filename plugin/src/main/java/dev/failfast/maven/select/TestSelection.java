package dev.failfast.maven.select;

import dev.failfast.junit.fork.ForkSettings.MethodFilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The test classes a run selects, found as Surefire finds them: class files (see {@link ClassFiles})
 * matching the includes and no exclude, or, when {@code -Dtest} is given, that filter instead.
 * Classes are selected by name; JUnit finds their {@code @Nested} classes.
 *
 * @param classes selected class names, in the order of the class files, each once
 * @param methodFilters the method part of {@code -Dtest}, per class
 * @param groups the pom group of each selected class a pom group's includes match
 */
public record TestSelection(List<String> classes, List<MethodFilter> methodFilters, Map<String, String> groups) {

  /** A pom group's name and the patterns that assign classes to it. */
  public record GroupPatterns(String name, List<ClassPattern> includes) {}

  /**
   * What selects a class and what puts it in a pom group.
   *
   * @param filter nullable; {@code -Dtest}, which replaces includes and excludes
   */
  public record Criteria(List<ClassPattern> includes, List<ClassPattern> excludes, TestFilter filter,
      List<GroupPatterns> pomGroups) {

    private boolean selects(String classFile) {
      if (filter != null) {
        return !NESTED.matches(classFile) && filter.selectsClass(classFile);
      }
      return includes.stream().anyMatch(p -> p.matches(classFile))
          && excludes.stream().noneMatch(p -> p.matches(classFile));
    }
  }

  /** Surefire's nested class exclusion: nested classes run through their outer class. */
  private static final ClassPattern NESTED = ClassPattern.of("**/*$*");

  /**
   * @param classFiles the class files to select from, in scan order
   * @throws IllegalArgumentException when two pom groups claim one class
   */
  public static TestSelection scan(List<String> classFiles, Criteria criteria) {
    TestFilter filter = criteria.filter();
    List<String> classes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<MethodFilter> methodFilters = new ArrayList<>();
    Map<String, String> groups = new LinkedHashMap<>();
    for (String classFile : classFiles) {
      if (!criteria.selects(classFile)) {
        continue;
      }
      String className = classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
      if (!seen.add(className)) {
        continue; // on the classpath twice, as in a scanned dependency: the first one runs
      }
      classes.add(className);
      if (filter != null) {
        filter.methodIncludes(classFile).forEach(regex -> methodFilters.add(new MethodFilter(className, true, regex)));
        filter.methodExcludes(classFile).forEach(regex -> methodFilters.add(new MethodFilter(className, false, regex)));
      }
      List<String> claimedBy = criteria.pomGroups().stream()
          .filter(group -> group.includes().stream().anyMatch(pattern -> pattern.matches(classFile)))
          .map(GroupPatterns::name).toList();
      if (claimedBy.size() > 1) {
        throw new IllegalArgumentException("groups: " + className + " is matched by the <includes> of groups '"
            + String.join("' and '", claimedBy) + "'; a class belongs to one group, so narrow those patterns");
      }
      claimedBy.forEach(group -> groups.put(className, group));
    }
    return new TestSelection(classes, methodFilters, groups);
  }

  /** The same selection, its classes in the given run order. */
  public TestSelection ordered(RunOrder order, int hourOfDay) {
    return new TestSelection(order.order(classes, hourOfDay), methodFilters, groups);
  }
}
