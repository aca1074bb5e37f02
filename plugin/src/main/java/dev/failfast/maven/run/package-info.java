/**
 * The build JVM's side of a run: the model built from the test JVM's events ({@link
 * dev.failfast.maven.run.RunModel}), which writes each report as its class finishes, with the
 * tests' output spooled to disk until then; each test JVM's stream into it ({@link
 * dev.failfast.maven.run.ForkChannel}); Surefire's names; the watchdog; how a run ends.
 */
package dev.failfast.maven.run;
