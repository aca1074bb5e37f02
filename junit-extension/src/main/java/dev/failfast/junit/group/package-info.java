/**
 * The groups of a run and their cancellation (docs/rules.md G4 to G8). A
 * {@link dev.failfast.junit.group.CancelScope} is one cancellation decision: it admits members,
 * decides the one cancellation, interrupts what runs inside its window and awaits it; the
 * {@link dev.failfast.junit.group.GroupRegistry} holds a run's groups and binds each class to one
 * (a class in no group to {@code Binding.NONE}); the texts and exceptions a cancellation puts into
 * results ({@link dev.failfast.junit.group.StopMessage}, {@link dev.failfast.junit.group.FailureText})
 * are built and bounded here. The turns of sequential groups live in {@code dev.failfast.junit.schedule}.
 *
 * <p>Lock order: a scope's lock is innermost; the scope calls its turns, its listeners and its
 * grace timer only with its lock released.
 */
package dev.failfast.junit.group;
