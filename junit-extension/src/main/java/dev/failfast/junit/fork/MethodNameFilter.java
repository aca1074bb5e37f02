package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.fork.ForkSettings.MethodFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Applies the method part of {@code -Dtest=Class#method}. The build JVM has already matched the
 * class part; here only method names of the classes it named are checked. A nested class follows
 * the filters of its outermost class. Descriptors without a method source pass.
 */
@API(status = INTERNAL, since = "0.1")
final class MethodNameFilter implements PostDiscoveryFilter {

  private final Map<String, List<Pattern>> includes = new HashMap<>();
  private final Map<String, List<Pattern>> excludes = new HashMap<>();

  MethodNameFilter(List<MethodFilter> filters) {
    for (MethodFilter filter : filters) {
      (filter.include() ? includes : excludes)
          .computeIfAbsent(filter.className(), key -> new ArrayList<>())
          .add(Pattern.compile(filter.methodRegex()));
    }
  }

  @Override
  public FilterResult apply(TestDescriptor descriptor) {
    if (!(descriptor.getSource().orElse(null) instanceof MethodSource source)) {
      return FilterResult.included("no method");
    }
    String method = source.getMethodName();
    String className = filteredClass(source.getClassName());
    List<Pattern> include = includes.getOrDefault(className, List.of());
    boolean included = include.isEmpty() || matchesAny(include, method);
    boolean excluded = matchesAny(excludes.getOrDefault(className, List.of()), method);
    return FilterResult.includedIf(included && !excluded, () -> "matches -Dtest", () -> "does not match -Dtest");
  }

  private String filteredClass(String className) {
    if (includes.containsKey(className) || excludes.containsKey(className)) {
      return className;
    }
    int nested = className.indexOf('$');
    return nested < 0 ? className : className.substring(0, nested);
  }

  private static boolean matchesAny(List<Pattern> patterns, String method) {
    for (Pattern pattern : patterns) {
      if (pattern.matcher(method).matches()) {
        return true;
      }
    }
    return false;
  }
}
