package dev.failfast.junit.schedule;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * One-at-a-time admission for a sequential group ({@code parallel = false}): the holder runs, the
 * others wait at the gate, and the next is the one that comes first in the launcher's test plan.
 * Its state is guarded by the lock of the {@link Turns} it is taken through.
 */
@API(status = INTERNAL, since = "0.1")
public final class Turn {

  /** The sequential group whose plan order the turn follows. */
  final String group;
  /** Unique id of the member that holds the turn, {@code null} when it is free. */
  String holder;
  /** The turn the dynamic tests of the current holder take among themselves; created on demand. */
  Turn child;

  public Turn(String group) {
    this.group = group;
  }
}
