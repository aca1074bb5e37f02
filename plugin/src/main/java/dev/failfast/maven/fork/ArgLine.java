package dev.failfast.maven.fork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code argLine} parameter: late property replacement, then splitting into arguments. */
public final class ArgLine {

  /**
   * {@code @{name}}, or a {@code ${name}} Maven left as it was because the property was not set
   * where it evaluated the parameter (failfast's own parameters are evaluated in the project, not
   * in the one {@code run}'s forked lifecycle left).
   */
  private static final Pattern LATE_PROPERTY = Pattern.compile("([@$])\\{([^}]+)}");

  private ArgLine() {}

  /**
   * Replaces {@code @{name}} and a remaining {@code ${name}} with the project property of that
   * name as it is when the tests run (JaCoCo's {@code prepare-agent} sets {@code argLine} only
   * then). Unlike Surefire, an unset {@code @{name}} becomes empty rather than a broken JVM
   * argument; an unset {@code ${name}} stays as written, as Surefire passes it.
   */
  public static String interpolate(String argLine, Function<String, String> properties) {
    Matcher matcher = LATE_PROPERTY.matcher(argLine);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String value = properties.apply(matcher.group(2));
      String unset = matcher.group(1).equals("@") ? "" : matcher.group();
      matcher.appendReplacement(result, Matcher.quoteReplacement(value == null ? unset : value));
    }
    matcher.appendTail(result);
    return result.toString();
  }

  /**
   * Refuses arguments of which one begins with a {@code ${name}} that names no property where Maven
   * evaluated it: the JVM would take it for its main class, or an option's value, and die before
   * the first test (Surefire's does, with {@code Could not find or load main class ${argLine}}).
   * One inside an argument, such as {@code -Dpattern=${date}}, is passed as written, as Surefire does.
   *
   * @throws IllegalArgumentException naming the expression and the fix
   */
  public static List<String> requireResolved(List<String> arguments) {
    for (String argument : arguments) {
      Matcher unresolved = LATE_PROPERTY.matcher(argument);
      if (unresolved.lookingAt() && unresolved.group(1).equals("$")) {
        throw new IllegalArgumentException("argLine: " + unresolved.group() + " names no property that is set when"
            + " the tests run, so the test JVM would not start; set it (JaCoCo's prepare-agent sets argLine),"
            + " define it in the pom's <properties>, or write @" + unresolved.group().substring(1)
            + ", which is empty when unset");
      }
    }
    return arguments;
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
