package dev.failfast.benchmark.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A resource file of {@code it/benchmark/templates} with {@code ${name}} placeholders. */
public record Template(String name, String text) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

  public static Template load(Workspace workspace, String name) throws IOException {
    Path file = workspace.base().resolve("templates").resolve(name);
    if (!Files.exists(file)) throw new IllegalStateException("template " + file + " is missing");
    return new Template(name, Files.readString(file));
  }

  /** The text with every placeholder replaced; a placeholder without a value, or a value without a placeholder, is a bug. */
  public String render(Map<String, String> values) {
    StringBuilder out = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(text);
    Set<String> used = new HashSet<>();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) throw new IllegalArgumentException("template " + name + ": no value for ${" + m.group(1) + "}");
      used.add(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    if (!used.containsAll(values.keySet())) {
      throw new IllegalArgumentException("template " + name + " has no placeholder for some of " + values.keySet());
    }
    return out.toString();
  }
}
