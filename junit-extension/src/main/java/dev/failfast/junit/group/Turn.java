package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * One-at-a-time admission for a sequential group ({@code parallel = false}): the holder runs, the
 * others wait at the gate. Guarded by the lock of the {@link CancelScope} it is used with.
 */
@API(status = INTERNAL, since = "0.1")
public final class Turn {

  Member holder;
}
