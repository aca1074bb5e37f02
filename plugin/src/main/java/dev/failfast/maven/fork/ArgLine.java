package dev.failfast.maven.fork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code argLine} parameter: late property replacement, then splitting into arguments. */
public final class ArgLine {

  private static final Pattern LATE_PROPERTY = Pattern.compile("@\\{([^}]+)}");

  private ArgLine() {}

  /**
   * Replaces {@code @{name}} with the project property of that name as it is when the tests run
   * (JaCoCo's {@code prepare-agent} sets {@code argLine} only then). Unlike Surefire, an unset
   * property becomes empty rather than a broken JVM argument.
   */
  public static String interpolate(String argLine, Function<String, String> properties) {
    Matcher matcher = LATE_PROPERTY.matcher(argLine);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String value = properties.apply(matcher.group(1));
      matcher.appendReplacement(result, Matcher.quoteReplacement(value == null ? "" : value));
    }
    matcher.appendTail(result);
    return result.toString();
  }

  /**
   * Splits as a POSIX shell would (Surefire hands its argLine to one): whitespace separates,
   * single quotes keep everything, double quotes keep all but {@code \"} and {@code \\}, and a
   * backslash outside quotes keeps the next character.
   *
   * @throws IllegalArgumentException for an unclosed quote
   */
  public static List<String> split(String argLine) {
    List<String> arguments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inArgument = false;
    char quote = 0;
    for (int i = 0; i < argLine.length(); i++) {
      char c = argLine.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
        } else {
          current.append(c);
        }
      } else if (quote == '"') {
        if (c == '"') {
          quote = 0;
        } else if (c == '\\' && i + 1 < argLine.length() && "\"\\".indexOf(argLine.charAt(i + 1)) >= 0) {
          current.append(argLine.charAt(++i));
        } else {
          current.append(c);
        }
      } else if (Character.isWhitespace(c)) {
        if (inArgument) {
          arguments.add(current.toString());
          current.setLength(0);
          inArgument = false;
        }
      } else {
        inArgument = true;
        if (c == '\'' || c == '"') {
          quote = c;
        } else if (c == '\\' && i + 1 < argLine.length()) {
          current.append(argLine.charAt(++i));
        } else {
          current.append(c);
        }
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException("argLine: a " + quote + " quote is not closed in '" + argLine
          + "'; close it, or escape the quote with a backslash");
    }
    if (inArgument) {
      arguments.add(current.toString());
    }
    return arguments;
  }
}
