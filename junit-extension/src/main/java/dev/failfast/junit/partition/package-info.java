/**
 * The partition of a run: which of the selected test classes this test JVM runs when the run is
 * split, into a CI's shards ({@code failfast.shard=k/n}) and among the test JVMs of one build
 * ({@code forkCount}). Both are parts {@code k/n} of the same kind, applied in order by
 * {@link dev.failfast.junit.partition.RunPart} from the configuration parameter
 * {@value dev.failfast.junit.partition.RunPart#PARTS}.
 *
 * <p>The split never cuts a {@link dev.failfast.junit.partition.Unit}: a group with every
 * top-level class that holds a member of it (so its cancellation stays exact), or one ungrouped
 * top-level class. Units are weighed by the durations of a
 * {@link dev.failfast.junit.partition.Timings} file when there is one, by their planned test count
 * otherwise, and {@link dev.failfast.junit.partition.Balance} spreads them deterministically, so
 * every JVM that computes the split from the same input gets the same parts, each class in exactly
 * one. This package decides only the split: it runs nothing.
 */
package dev.failfast.junit.partition;
