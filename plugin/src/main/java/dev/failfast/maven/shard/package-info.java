/**
 * CI shards ({@code failfast.shard=k/n}) on the build JVM's side: the shard setting, checked before
 * any test; the timings of the split, taken from a run summary's class times and handed to the
 * test JVM, which makes the split itself ({@code dev.failfast.junit.partition}); the console line
 * naming the shard's share; and the combining of shards' summaries that {@code failfast:merge}
 * prints and judges.
 *
 * <p>A shard's timings never fail a build: a summary that is missing, unreadable or unfit is a
 * warning, and the split goes by planned test counts.
 */
package dev.failfast.maven.shard;
