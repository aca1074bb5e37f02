package dev.failfast.junit.classify;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.FailFastGroup;
import dev.failfast.junit.config.FailFastConfiguration;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Finds the group a class belongs to (docs/rules.md G1): {@link FailFastGroup} on the class, a superclass, an
 * annotation it carries, or the class enclosing a {@code @Nested} class; failing that, a group the
 * pom assigns to the class ({@link PomGroups}). The nearest class wins, so a nested class may name
 * its own group; on one class the annotation's name wins over the pom's assignment.
 */
@API(status = INTERNAL, since = "0.1")
public final class GroupMembership {

  /**
   * Where a class's group is declared.
   *
   * @param annotation the annotation that declares it, or {@code null} when the pom does
   */
  public record Declaration(String name, boolean parallel, FailFastGroup annotation) {}

  private final Function<String, Optional<String>> parameters;
  private final ClassLoader classLoader;
  private final List<Class<? extends Throwable>> defaultFatal;
  private final List<Class<? extends Throwable>> defaultNonFatal;

  /**
   * @param parameters the run's configuration parameters, which carry the pom's groups
   * @param classLoader loads the fatal and non-fatal types a pom group names
   */
  public GroupMembership(
      FailFastConfiguration configuration, Function<String, Optional<String>> parameters, ClassLoader classLoader) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.classLoader = classLoader;
    this.defaultFatal = configuration.fatal();
    this.defaultNonFatal = configuration.nonFatal();
  }

  /**
   * The group of a class and how it treats failures.
   *
   * @throws IllegalArgumentException for a group without a name, or a pom group naming a type that
   *     is unknown or not a Throwable
   */
  public Optional<GroupSpec> of(Class<?> testClass) {
    return declarationOf(testClass, parameters).map(declaration -> spec(testClass, declaration));
  }

  /** The policy for failures outside any group, which matter only with {@code scope=run}. */
  public FailurePolicy ungroupedPolicy() {
    return new FailurePolicy(defaultFatal, defaultNonFatal);
  }

  /**
   * Where the group of a class is declared, looking outward through enclosing classes. A group the
   * pom configures keeps its settings for annotated classes too: {@code parallel = false} from
   * either side makes the class take turns.
   */
  public static Optional<Declaration> declarationOf(
      Class<?> testClass, Function<String, Optional<String>> parameters) {
    for (Class<?> c = testClass; c != null; c = enclosingOfInner(c)) {
      Optional<FailFastGroup> annotation = AnnotationSupport.findAnnotation(c, FailFastGroup.class);
      String className = c.getName();
      Optional<String> name = annotation.map(FailFastGroup::value).or(() -> parameters.apply(PomGroups.memberKey(className)));
      if (name.isPresent()) {
        boolean parallel = annotation.map(FailFastGroup::parallel).orElse(true) && pomParallel(name.get(), parameters);
        return Optional.of(new Declaration(name.get(), parallel, annotation.orElse(null)));
      }
    }
    return Optional.empty();
  }

  private static boolean pomParallel(String group, Function<String, Optional<String>> parameters) {
    return parameters.apply(PomGroups.settingKey(group, PomGroups.PARALLEL)).map(Boolean::parseBoolean).orElse(true);
  }

  private GroupSpec spec(Class<?> testClass, Declaration declaration) {
    if (declaration.name().isBlank()) {
      throw new IllegalArgumentException(
          "@FailFastGroup of " + testClass.getName() + " has no name; name the group, such as"
              + " @FailFastGroup(\"db\")");
    }
    List<Class<? extends Throwable>> fatal = declared(declaration, PomGroups.FATAL);
    List<Class<? extends Throwable>> nonFatal = declared(declaration, PomGroups.NON_FATAL);
    return new GroupSpec(
        declaration.name(),
        new FailurePolicy(
            fatal.isEmpty() ? defaultFatal : fatal, nonFatal.isEmpty() ? defaultNonFatal : nonFatal),
        declaration.parallel());
  }

  // The group's own fatal or non-fatal types: the annotation's, else those the pom gives the group.
  private List<Class<? extends Throwable>> declared(Declaration declaration, String setting) {
    if (declaration.annotation() != null) {
      Class<? extends Throwable>[] types =
          PomGroups.FATAL.equals(setting) ? declaration.annotation().fatal() : declaration.annotation().nonFatal();
      if (types.length > 0) {
        return List.of(types);
      }
    }
    String key = PomGroups.settingKey(declaration.name(), setting);
    return parameters.apply(key)
        .map(names -> FailFastConfiguration.throwableTypes(PomGroups.inPom(key), names, classLoader))
        .orElse(List.of());
  }

  // Only inner classes (what @Nested requires) inherit their enclosing class's group; a static
  // nested class is a test class of its own.
  private static Class<?> enclosingOfInner(Class<?> c) {
    return c.isMemberClass() && !Modifier.isStatic(c.getModifiers()) ? c.getEnclosingClass() : null;
  }
}
