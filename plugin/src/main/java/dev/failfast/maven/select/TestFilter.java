package dev.failfast.maven.select;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code -Dtest} filter in Surefire's syntax: comma-separated entries, each a class pattern
 * ({@code OrderIT}, {@code com.acme.*IT}, {@code **}{@code /db/*}), optionally followed by
 * {@code #method} patterns joined by {@code +}; {@code !} before an entry excludes it;
 * {@code %regex[class#method]} gives Java regexes instead. A class pattern without a slash has
 * its dots read as package separators and, like every class pattern here, matches in any
 * directory.
 */
public final class TestFilter {

  /**
   * One entry; either part may be absent.
   *
   * @param classPattern nullable: any class
   * @param methodPattern nullable: any method
   */
  record Entry(ClassPattern classPattern, Pattern methodPattern) {

    boolean matchesClass(String classFile) {
      return classPattern == null || classPattern.matches(classFile);
    }
  }

  private final String source;
  private final List<Entry> includes;
  private final List<Entry> excludes;

  private TestFilter(String source, List<Entry> includes, List<Entry> excludes) {
    this.source = source;
    this.includes = includes;
    this.excludes = excludes;
  }

  /**
   * @throws IllegalArgumentException naming the malformed entry and the syntax
   */
  public static TestFilter parse(String source) {
    List<Entry> includes = new ArrayList<>();
    List<Entry> excludes = new ArrayList<>();
    for (String raw : source.split(",")) {
      String entry = raw.trim();
      boolean exclude = entry.startsWith("!");
      String body = exclude ? entry.substring(1).trim() : entry;
      if (body.isEmpty()) {
        continue; // Surefire ignores empty entries and a lone '!'
      }
      try {
        (exclude ? excludes : includes).addAll(entries(body));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("-Dtest: '" + entry + "' is malformed: " + e.getMessage()
            + ". Write Class, Class#method, Class#m1+m2, a wildcard such as *IT or com.acme.*Test, '!' before"
            + " an entry to exclude it, or %regex[classRegex#methodRegex]; separate entries with commas", e);
      }
    }
    if (includes.isEmpty() && excludes.isEmpty()) {
      throw new IllegalArgumentException("-Dtest: '" + source + "' names no test; write Class or Class#method");
    }
    return new TestFilter(source, includes, excludes);
  }

  private static List<Entry> entries(String body) {
    boolean regex = ClassPattern.isRegex(body);
    String inner = regex ? body.substring(ClassPattern.REGEX_PREFIX.length(), body.length() - 1) : body;
    if (!regex && body.contains(ClassPattern.REGEX_PREFIX)) {
      throw new IllegalArgumentException("%regex[...] must enclose the whole entry");
    }
    int hash = inner.indexOf('#');
    if (hash >= 0 && inner.indexOf('#', hash + 1) >= 0) {
      throw new IllegalArgumentException("more than one '#'");
    }
    String classPart = (hash < 0 ? inner : inner.substring(0, hash)).trim();
    String methodPart = hash < 0 ? "" : inner.substring(hash + 1).trim();
    if (classPart.isEmpty() && methodPart.isEmpty()) {
      throw new IllegalArgumentException("neither a class nor a method");
    }
    ClassPattern classPattern = classPart.isEmpty() ? null
        : ClassPattern.of(regex ? ClassPattern.REGEX_PREFIX + classPart + ClassPattern.REGEX_SUFFIX
            : anywhere(classPart));
    List<Entry> entries = new ArrayList<>();
    if (methodPart.isEmpty()) {
      entries.add(new Entry(classPattern, null));
    } else if (regex) {
      entries.add(new Entry(classPattern, ClassPattern.regex(methodPart)));
    } else {
      for (String method : methodPart.split("\\+")) {
        if (!method.isBlank()) {
          entries.add(new Entry(classPattern, Pattern.compile(ClassPattern.globToRegex(method.trim()))));
        }
      }
    }
    return entries;
  }

  /** Surefire's reading of a class part: dots are packages unless a slash says it is a path. */
  private static String anywhere(String classPart) {
    String path = classPart;
    if (path.endsWith(".java") || path.endsWith(".class")) {
      String extension = path.substring(path.lastIndexOf('.'));
      path = path.substring(0, path.length() - extension.length()).replace('.', '/') + extension;
    } else if (!path.contains("/")) {
      boolean anyExtension = path.endsWith(".*");
      String name = anyExtension ? path.substring(0, path.length() - 2) : path;
      path = name.replace('.', '/') + (anyExtension ? ".*" : "");
    }
    return path.startsWith("**/") ? path : "**/" + path;
  }

  /** Whether a class is selected at all (some of its methods may still be filtered out). */
  public boolean selectsClass(String classFile) {
    boolean included = includes.isEmpty() || includes.stream().anyMatch(e -> e.matchesClass(classFile));
    boolean excluded = excludes.stream().anyMatch(e -> e.methodPattern() == null && e.matchesClass(classFile));
    return included && !excluded;
  }

  /** Method regexes that must match (empty: every method runs) for a selected class. */
  public List<String> methodIncludes(String classFile) {
    List<Entry> matching = includes.stream().filter(e -> e.matchesClass(classFile)).toList();
    if (matching.isEmpty() || matching.stream().anyMatch(e -> e.methodPattern() == null)) {
      return List.of();
    }
    return matching.stream().map(e -> e.methodPattern().pattern()).distinct().toList();
  }

  /** Method regexes that must not match, for a selected class. */
  public List<String> methodExcludes(String classFile) {
    return excludes.stream().filter(e -> e.methodPattern() != null && e.matchesClass(classFile))
        .map(e -> e.methodPattern().pattern()).distinct().toList();
  }

  @Override
  public String toString() {
    return source;
  }
}
