// docs/rules.md G7 under failfast:run: ignores() swallows the interrupt; 500 ms after the cancellation it is
// reported stopped "did not stop within 500 ms" with its stack, and the test JVM is ended without
// waiting for it. The build fails for fails() alone.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'
def cause = "group 'stubborn' cancelled by fatal failure in com.acme.StubbornTest.fails(): IllegalStateException: fixture broken"

expectOutcome(reports, 'com.acme.StubbornTest', 'fails', 'error', 'fixture broken')
def ignores = expectOutcome(reports, 'com.acme.StubbornTest', 'ignores', 'stopped',
    "stopped: ${cause}; did not stop within 500 ms")
assert ignores.text.contains('com.acme.StubbornTest.ignores(') :
    "StubbornTest.ignores(): the report keeps the stack of the thread that did not stop (docs/rules.md G7), was:\n${ignores.text}"
expectOutcome(reports, 'com.acme.QuickTest', 'quick', 'passed')

expectMarker('stubborn-interrupted', 'ignores() was interrupted by the cancellation')
expectNoMarker('stubborn-returned', 'the test JVM was ended without waiting for ignores() to return (docs/rules.md G7)')
def summary = summaryOf(reports)
assert summary.forkExit?.contains('was ended without waiting for tests that did not stop within the grace') :
    "failfast-summary.json forkExit should say the test JVM was ended for the overdue test, was: ${summary.forkExit}"

expectLog(buildLog, 'com.acme.StubbornTest.ignores() did not stop within 500 ms after group \'stubborn\' was cancelled; it is reported stopped',
    'the overdue line (docs/rules.md G7)')
expectLog(buildLog, 'Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Stopped: 1', 'the totals')
expectLog(buildLog, 'There are test failures: 0 failed, 1 in error', 'the build fails for the failure')
expectNoLog(buildLog, 'The test JVM died', 'ending the test JVM after the grace is no death')
expectBuild(buildLog, 'FAILURE', 'the failure fails the build')
return true
