package dev.failfast.junit;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;

/** How failfast names the tests and methods it reports on, as JUnit and the reports name them. */
final class TestNames {

  private TestNames() {}

  /**
   * {@code com.acme.PaymentsIT.charge()}; for an invocation of a template or a dynamic test its
   * display name follows, e.g. {@code com.acme.PaymentsIT.charge(String) [2] visa}.
   */
  static String testOrigin(ExtensionContext context) {
    String className = nearest(context, ExtensionContext::getTestClass).getName();
    Optional<Method> method = context.getTestMethod();
    Optional<ExtensionContext> parent = context.getParent();
    if (method.isEmpty() && parent.flatMap(ExtensionContext::getTestMethod).isEmpty()) {
      return className;
    }
    // A dynamic test has no method of its own; an invocation shares its template's method.
    boolean invocation = method.isEmpty() || parent.flatMap(ExtensionContext::getTestMethod).isPresent();
    String name = className + "." + signature(nearest(context, ExtensionContext::getTestMethod));
    return invocation ? name + " " + context.getDisplayName() : name;
  }

  /** {@code com.acme.PaymentsIT.setUp()}: a lifecycle method or constructor of the context's class. */
  static String methodOrigin(ExtensionContext context, Method method) {
    return context.getRequiredTestClass().getName() + "." + signature(method);
  }

  /** The value the context or its nearest ancestor has: dynamic tests have no class of their own. */
  static <T> T nearest(ExtensionContext context, Function<ExtensionContext, Optional<T>> value) {
    for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
      Optional<T> found = value.apply(c.get());
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new IllegalStateException("no test class or method around " + context.getUniqueId());
  }

  /** {@code charge()}, {@code probe(GroupSignal)}: as JUnit and the reports name a method. */
  private static String signature(Method method) {
    StringJoiner parameters = new StringJoiner(", ", method.getName() + "(", ")");
    for (Class<?> type : method.getParameterTypes()) {
      parameters.add(type.getSimpleName());
    }
    return parameters.toString();
  }
}
