package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * One-at-a-time admission for a sequential group ({@code parallel = false}): the holder runs, the
 * others wait at the gate, and the next is the one that comes first in the launcher's test plan.
 * Guarded by the lock of the {@link CancelScope} it is used with.
 */
@API(status = INTERNAL, since = "0.1")
public final class Turn {

  /** The sequential group whose plan order the turn follows. */
  final String group;
  Member holder;

  public Turn(String group) {
    this.group = group;
  }
}
