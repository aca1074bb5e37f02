/**
 * The test JVM's class-data-sharing archive: which of its jars are archived, under which key, when
 * an archive is trained and when it is used. Nothing here may cost a run: an archive that is
 * missing, stale or cannot be written only means the test JVM loads its classes as usual, without
 * a word on the console.
 */
package dev.failfast.maven.cds;
