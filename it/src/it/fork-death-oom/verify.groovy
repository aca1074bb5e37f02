// -Xmx32m -XX:+ExitOnOutOfMemoryError: BKillerTest.dies() fills the heap and the JVM ends itself
// (exit code 3, no shutdown hooks, "Terminating due to java.lang.OutOfMemoryError" on its output).
// The running tests are errors and the build fails saying the test JVM died, and that it ran out of memory.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'
def how = 'exited with code 3 without shutting down normally (Runtime.halt or a crash); it ran out of memory (java.lang.OutOfMemoryError)'
expectOutcome(reports, 'com.acme.AFirstTest', 'finishes', 'passed')
expectOutcome(reports, 'com.acme.BKillerTest', 'dies', 'error', "while this test was running, the test JVM ${how}")
expectOutcome(reports, 'com.acme.RunningTest', 'waits', 'error', "while this test was running, the test JVM ${how}")
expectOutcome(reports, 'com.acme.CLaterTest', 'later', 'stopped', "stopped: before this test started, the test JVM ${how}")
expectLog(buildLog, "The test JVM died before the run finished: it ${how}", 'the build says the test JVM died of an OutOfMemoryError')
expectBuild(buildLog, 'FAILURE', 'the death fails the build')
return true
