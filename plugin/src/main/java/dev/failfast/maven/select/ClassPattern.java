package dev.failfast.maven.select;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Surefire-style pattern over test class files, matched against a class's path relative to the
 * test classes directory, such as {@code com/acme/db/OrderIT.class}: Ant syntax ({@code **} any
 * directories, {@code *} and {@code ?} within a name; a {@code .java} or {@code .class} ending is
 * optional) or {@code %regex[...]}, a Java regex over that path.
 */
public final class ClassPattern {

  static final String REGEX_PREFIX = "%regex[";
  static final String REGEX_SUFFIX = "]";

  private final String source;
  private final Pattern pattern;

  private ClassPattern(String source, Pattern pattern) {
    this.source = source;
    this.pattern = pattern;
  }

  /**
   * @throws IllegalArgumentException for an empty pattern or a regex that does not compile
   */
  public static ClassPattern of(String source) {
    String trimmed = source == null ? "" : source.trim();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("an empty pattern");
    }
    if (isRegex(trimmed)) {
      return new ClassPattern(trimmed, regex(trimmed.substring(REGEX_PREFIX.length(), trimmed.length() - 1)));
    }
    String glob = trimmed.replace('\\', '/');
    if (glob.endsWith("/")) {
      glob += "**"; // Ant: a directory means everything below it
    }
    for (String extension : new String[] {".java", ".class", ".*"}) {
      if (glob.endsWith(extension)) {
        glob = glob.substring(0, glob.length() - extension.length());
        break;
      }
    }
    return new ClassPattern(trimmed, Pattern.compile(globToRegex(glob) + "\\.class"));
  }

  static boolean isRegex(String text) {
    return text.startsWith(REGEX_PREFIX) && text.endsWith(REGEX_SUFFIX);
  }

  static Pattern regex(String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("the regex '" + regex + "' does not compile: " + e.getDescription(), e);
    }
  }

  /** Ant glob to regex: {@code **}/ spans directories, {@code *} and {@code ?} stay in one name. */
  static String globToRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (glob.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 2;
      } else if (glob.startsWith("**", i)) {
        regex.append(".*");
        i += 1;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else if (Character.isLetterOrDigit(c) || c == '_') {
        regex.append(c);
      } else {
        regex.append('\\').append(c); // a backslash makes any other character literal
      }
    }
    return regex.toString();
  }

  /** @param classFile e.g. {@code com/acme/OrderIT.class} */
  public boolean matches(String classFile) {
    return pattern.matcher(classFile).matches();
  }

  @Override
  public String toString() {
    return source;
  }
}
