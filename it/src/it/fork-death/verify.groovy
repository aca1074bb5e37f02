// The test JVM ends while BKillerTest.dies() runs and RunningTest.waits() sleeps: AFirstTest
// keeps its pass, both running tests become errors naming the exit, CLaterTest (not started) is
// stopped, and the build fails saying the test JVM died and how. One invocation per way to die.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def died = { int n, String kase, String how ->
  def what = "invocation ${n} (${kase})"
  def reports = "target/reports-${kase}"
  def log = invocationLog(n)
  expectOutcome(reports, 'com.acme.AFirstTest', 'finishes', 'passed')
  expectOutcome(reports, 'com.acme.BKillerTest', 'dies', 'error', "while this test was running, the test JVM ${how}")
  expectOutcome(reports, 'com.acme.RunningTest', 'waits', 'error', "while this test was running, the test JVM ${how}")
  expectOutcome(reports, 'com.acme.CLaterTest', 'later', 'stopped', "stopped: before this test started, the test JVM ${how}")
  expectNoMarker("later-ran-${kase}", "${what}: CLaterTest never started")
  expectLog(log, "The test JVM died before the run finished: it ${how}", "${what}: the build says the test JVM died and how")
  expectLog(log, 'Tests run: 4, Failures: 0, Errors: 2, Skipped: 0, Stopped: 1', "${what}: the totals")
  expectBuild(log, 'FAILURE', what)
  assert summaryOf(reports).forkExit?.contains(how) : "${what}: failfast-summary.json forkExit: ${summaryOf(reports).forkExit}"
}
died(1, 'exit', 'exited with code 3: System.exit was called at com.acme.BKillerTest.dies(BKillerTest.java:')
died(2, 'halt', 'exited with code 7 without shutting down normally (Runtime.halt or a crash)')

// -Xmx32m without -XX:+ExitOnOutOfMemoryError: the OutOfMemoryError is thrown in the test thread.
// JUnit takes it for unrecoverable and aborts the Jupiter engine; the JVM lives on and reports the
// run to its end. Tests without a result of their own get the engine's error; no death.
def oom = 'target/reports-oom'
def log = invocationLog(3)
expectOutcome(oom, 'com.acme.AFirstTest', 'finishes', 'passed')
def dies = expectOutcome(oom, 'com.acme.BKillerTest', 'dies', 'error')
assert dies.text.contains('java.lang.OutOfMemoryError') : "invocation 3 (oom): BKillerTest.dies()'s error should show the OutOfMemoryError:\n${dies.text}"
assert outcomeOf(oom, 'com.acme.CLaterTest', 'later').kind != 'passed' : 'invocation 3 (oom): CLaterTest never ran'
expectNoMarker('later-ran-oom', 'invocation 3 (oom): CLaterTest never ran')
outcomeOf(oom, 'com.acme.RunningTest', 'waits') // reported once, whatever the abort made of it
expectNoLog(log, 'The test JVM died', 'invocation 3 (oom): the test JVM did not die')
expectBuild(log, 'FAILURE', 'invocation 3 (oom): the error fails the build')
return true
