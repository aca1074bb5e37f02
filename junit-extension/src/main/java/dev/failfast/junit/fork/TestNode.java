package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A node of the test plan as the build JVM sees it.
 *
 * @param id the JUnit unique id
 * @param parentId nullable; the parent's unique id, {@code null} for an engine
 * @param kind what the node is
 * @param className nullable; the class the node reports under: its own class for a
 *     {@link Kind#CLASS}, the nearest enclosing test class otherwise
 * @param methodName nullable; the Java method of a test (or of the factory or template it came
 *     from)
 * @param name the name it is reported with, JUnit's legacy reporting name, e.g. {@code charge()}
 *     or {@code charge(int)[2]}
 * @param displayName JUnit's display name
 * @param group nullable; the fail-fast group of its class
 */
@API(status = INTERNAL, since = "0.1")
public record TestNode(
    String id, String parentId, Kind kind, String className, String methodName, String name, String displayName,
    String group) {

  /** A test, a test class, or any other container (an engine, a template, a factory). */
  public enum Kind {
    TEST,
    CLASS,
    CONTAINER
  }

  public TestNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(displayName, "displayName");
  }

  /**
   * The one test that stands for a test template or factory (a container of a method) that ended
   * without producing any test, so that it does not vanish from the counts (docs/rules.md G10):
   * named as the method, under it.
   */
  public TestNode producedNoTest() {
    return new TestNode(id + "/[failfast:produced-no-test]", id, Kind.TEST, className, methodName, name, displayName,
        group);
  }
}
