package dev.failfast.junit.classify;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a class's membership says: its group and how that group treats failures.
 *
 * @param name the group's name
 * @param policy which failures are fatal, as decided by the class's own annotation or the defaults
 * @param parallel {@code false}: the group runs one test at a time
 */
@API(status = INTERNAL, since = "0.1")
public record GroupSpec(String name, FailurePolicy policy, boolean parallel) {

  public GroupSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(policy, "policy");
  }
}
