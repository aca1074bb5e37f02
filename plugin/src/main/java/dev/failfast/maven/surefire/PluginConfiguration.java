package dev.failfast.maven.surefire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * A Surefire-family plugin's {@code <configuration>} in the project model: the plugin-level one,
 * overlaid with that of the one execution that binds the plugin's goal (with several, which one
 * would run is not simple to tell, so only the plugin level counts). Values pass through Maven's
 * expression evaluation, as they would for the plugin itself.
 */
public final class PluginConfiguration {

  private static final PluginConfiguration NONE = new PluginConfiguration(null, UnaryOperator.identity());

  private final Xpp3Dom configuration;
  private final UnaryOperator<String> evaluate;

  private PluginConfiguration(Xpp3Dom configuration, UnaryOperator<String> evaluate) {
    this.configuration = configuration;
    this.evaluate = evaluate;
  }

  /** A configuration that sets nothing, for {@code inheritSurefire=false}. */
  public static PluginConfiguration none() {
    return NONE;
  }

  /**
   * @param evaluate Maven's evaluation of {@code ${...}} expressions the model left in a value
   */
  public static PluginConfiguration of(MavenProject project, SurefirePlugin plugin, UnaryOperator<String> evaluate) {
    Plugin model = project.getPlugin(plugin.key());
    if (model == null) {
      return NONE;
    }
    Xpp3Dom pluginLevel = model.getConfiguration() instanceof Xpp3Dom dom ? new Xpp3Dom(dom) : null;
    List<PluginExecution> bindings =
        model.getExecutions().stream().filter(execution -> execution.getGoals().contains(plugin.goal())).toList();
    if (bindings.size() == 1 && bindings.get(0).getConfiguration() instanceof Xpp3Dom execution) {
      return new PluginConfiguration(Xpp3Dom.mergeXpp3Dom(new Xpp3Dom(execution), pluginLevel), evaluate);
    }
    return new PluginConfiguration(pluginLevel, evaluate);
  }

  /** A parameter's text, or {@code null} when it is absent or blank. */
  String text(String name) {
    Xpp3Dom child = child(name);
    return child == null ? null : value(child);
  }

  /** A list parameter's items, in order, blank ones left out. */
  List<String> list(String name) {
    List<String> items = new ArrayList<>();
    Xpp3Dom child = child(name);
    if (child != null) {
      for (Xpp3Dom item : child.getChildren()) {
        String value = value(item);
        if (value != null) {
          items.add(value);
        }
      }
    }
    return items;
  }

  /**
   * A map parameter's entries, in order; an entry without a value maps to {@code ""}. Java
   * {@code Properties} written as {@code <property><name/><value/></property>} are read too.
   */
  Map<String, String> map(String name) {
    Map<String, String> entries = new LinkedHashMap<>();
    Xpp3Dom child = child(name);
    if (child != null) {
      for (Xpp3Dom entry : child.getChildren()) {
        if ("property".equals(entry.getName()) && entry.getChild("name") != null) {
          entries.put(entry.getChild("name").getValue().trim(), valueOrEmpty(entry.getChild("value")));
        } else {
          entries.put(entry.getName(), valueOrEmpty(entry));
        }
      }
    }
    return entries;
  }

  private Xpp3Dom child(String name) {
    return configuration == null ? null : configuration.getChild(name);
  }

  private String valueOrEmpty(Xpp3Dom node) {
    String value = node == null ? null : node.getValue();
    return value == null ? "" : evaluate.apply(value);
  }

  private String value(Xpp3Dom node) {
    String value = node.getValue();
    return value == null || value.isBlank() ? null : evaluate.apply(value.trim());
  }
}
