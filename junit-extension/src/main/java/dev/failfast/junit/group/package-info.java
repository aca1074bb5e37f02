/**
 * The groups of a run and their cancellation (G4 to G8): a {@link dev.failfast.junit.group.CancelScope}
 * admits members, decides the one cancellation, interrupts and awaits what runs; the
 * {@link dev.failfast.junit.group.GroupRegistry} holds a run's groups; the texts a cancellation
 * puts into results ({@link dev.failfast.junit.group.StopMessage},
 * {@link dev.failfast.junit.group.FailureText}) are built and bounded here.
 */
package dev.failfast.junit.group;
