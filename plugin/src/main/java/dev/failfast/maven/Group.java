package dev.failfast.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * A fail-fast group set up in the pom ({@code <groups><group>}): assigns classes to a group by
 * pattern, without annotating them, and sets how the group behaves. A class's own
 * {@code @FailFastGroup} wins over a pattern.
 */
public class Group {

  /** The group's name; a class annotated with the same name joins the same group. */
  private String name;

  /** Class file patterns in Surefire's {@code <includes>} syntax, such as {@code **}{@code /db/**}. */
  private List<String> includes = new ArrayList<>();

  /** {@code false}: the group runs one test at a time. Unset: as the annotation says (default true). */
  private Boolean parallel;

  /** Failure types that cancel the group; unset: the plugin's {@code fatal}. */
  private List<String> fatal = new ArrayList<>();

  /** Failure types that never cancel the group; unset: the plugin's {@code nonFatal}. */
  private List<String> nonFatal = new ArrayList<>();

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getIncludes() {
    return includes;
  }

  public void setIncludes(List<String> includes) {
    this.includes = includes;
  }

  public Boolean getParallel() {
    return parallel;
  }

  public void setParallel(Boolean parallel) {
    this.parallel = parallel;
  }

  public List<String> getFatal() {
    return fatal;
  }

  public void setFatal(List<String> fatal) {
    this.fatal = fatal;
  }

  public List<String> getNonFatal() {
    return nonFatal;
  }

  public void setNonFatal(List<String> nonFatal) {
    this.nonFatal = nonFatal;
  }
}
