package dev.failfast.maven.run;

import dev.failfast.junit.fork.TestNode;
import dev.failfast.junit.fork.TestNode.Kind;
import java.util.regex.Pattern;

/**
 * The names Surefire 3's JUnit Platform provider gives a test in its reports, derived from the plan
 * nodes alone, so a CI's test history carries over when a project switches (docs/reports.md "Names
 * as Surefire's"):
 *
 * <ul>
 *   <li>the report ({@code TEST-<suite>.xml} and the suite's {@code name}) is the top-level class:
 *       the class just below the engine, so a {@code @Nested} class's tests are in its outer class's
 *       report;
 *   <li>a test's {@code classname} is its own class's {@code @DisplayName} if it has one, else the
 *       class's binary name ({@code com.acme.Outer$Inner});
 *   <li>a test's {@code name} is its method's name ({@code testToString}); when the method has
 *       parameters or the test is an invocation of a template or factory, JUnit's legacy reporting
 *       name ({@code testX(Locale)[1]}, {@code repeated()[2]}); a test without a method, its display
 *       name.
 * </ul>
 *
 * <p>Whether a class has a {@code @DisplayName} is read from its display name: one that differs
 * from the name JUnit's standard generator gives the class is taken for one. A project that
 * configures another display name generator therefore gets its generated class names where
 * Surefire writes the binary name.
 */
final class SurefireNames {

  /** A template's invocation or a factory's dynamic test: {@code name[3]}. */
  private static final Pattern INVOCATION = Pattern.compile(".*\\[\\d+]");

  private SurefireNames() {}

  /** The {@code name} of a test case. */
  static String testName(TestNode test) {
    String method = test.methodName();
    if (method == null) {
      return test.displayName();
    }
    String legacy = test.name();
    boolean withParameters = legacy.startsWith(method + "(") && !legacy.startsWith(method + "()");
    return withParameters || INVOCATION.matcher(legacy).matches() ? legacy : method;
  }

  /** The {@code classname} of the tests of {@code testClass}, a {@link Kind#CLASS} node. */
  static String className(TestNode testClass, boolean nested) {
    String binaryName = testClass.className();
    int simpleStart = Math.max(binaryName.lastIndexOf('.'), nested ? binaryName.lastIndexOf('$') : -1) + 1;
    boolean standard = testClass.displayName().equals(binaryName.substring(simpleStart));
    return standard ? binaryName : testClass.displayName();
  }
}
