package dev.failfast.junit.classify;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.FailFastGroup;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Finds the group a class belongs to (G1): {@link FailFastGroup} on the class, a superclass, an
 * annotation it carries, or the class enclosing a {@code @Nested} class. The nearest wins, so a
 * nested class may name its own group.
 */
@API(status = INTERNAL, since = "0.1")
public final class GroupMembership {

  private final List<Class<? extends Throwable>> defaultFatal;
  private final List<Class<? extends Throwable>> defaultNonFatal;

  /** The defaults apply to groups whose annotation names no fatal or non-fatal types. */
  public GroupMembership(
      List<Class<? extends Throwable>> defaultFatal, List<Class<? extends Throwable>> defaultNonFatal) {
    this.defaultFatal = List.copyOf(defaultFatal);
    this.defaultNonFatal = List.copyOf(defaultNonFatal);
  }

  public Optional<GroupSpec> of(Class<?> testClass) {
    return annotationOf(testClass).map(annotation -> spec(testClass, annotation));
  }

  /** The policy for failures outside any group, which matter only with {@code scope=run}. */
  public FailurePolicy ungroupedPolicy() {
    return new FailurePolicy(defaultFatal, defaultNonFatal);
  }

  /** The nearest {@link FailFastGroup} of a class, looking outward through enclosing classes. */
  public static Optional<FailFastGroup> annotationOf(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = enclosingOfInner(c)) {
      Optional<FailFastGroup> annotation = AnnotationSupport.findAnnotation(c, FailFastGroup.class);
      if (annotation.isPresent()) {
        return annotation;
      }
    }
    return Optional.empty();
  }

  private GroupSpec spec(Class<?> testClass, FailFastGroup annotation) {
    if (annotation.value().isBlank()) {
      throw new IllegalArgumentException(
          "@FailFastGroup of " + testClass.getName() + " has no name; name the group, such as"
              + " @FailFastGroup(\"db\")");
    }
    List<Class<? extends Throwable>> fatal = List.of(annotation.fatal());
    List<Class<? extends Throwable>> nonFatal = List.of(annotation.nonFatal());
    return new GroupSpec(
        annotation.value(),
        new FailurePolicy(
            fatal.isEmpty() ? defaultFatal : fatal, nonFatal.isEmpty() ? defaultNonFatal : nonFatal),
        annotation.parallel());
  }

  // Only inner classes (what @Nested requires) inherit their enclosing class's group; a static
  // nested class is a test class of its own.
  private static Class<?> enclosingOfInner(Class<?> c) {
    return c.isMemberClass() && !Modifier.isStatic(c.getModifiers()) ? c.getEnclosingClass() : null;
  }
}
