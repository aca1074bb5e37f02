package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.failfast.junit.schedule.Turn;
import org.apiguardian.api.API;

/**
 * A named group within a run: the scope its cancellation decision lives in (its own, or the run's
 * with {@code scope=run}) and the turn its sequential classes take.
 *
 * @param name the group's name, or {@code null} for ungrouped tests under {@code scope=run}
 * @param turn what its sequential classes take one at a time; {@code null} for ungrouped tests
 */
@API(status = INTERNAL, since = "0.1")
public record Group(String name, CancelScope scope, Turn turn) {}
