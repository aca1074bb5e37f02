// docs/rules.md G3 and G5. 'io' (annotation: fatal IOException, nonFatal FileNotFoundException) goes on after
// non-fatal failures and is cancelled by an IOException in a cause chain. 'defaults' (annotation
// names none) follows the pom's <fatal>IOException and <nonFatal>AssertionFailedError. Failures in
// a @BeforeEach and in another extension's callback cancel their groups.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'
def stoppedBy = { String group, String origin, String detail -> "stopped: group '${group}' cancelled by fatal failure in com.acme.${origin}: ${detail}" }

// docs/rules.md G5: non-fatal failures are reported as what they are, and the group goes on.
expectOutcome(reports, 'com.acme.IoTest', 'notAnIoFailure', 'error', 'not an I/O problem')
expectOutcome(reports, 'com.acme.IoTest', 'nonFatalWins', 'error', 'missing.txt')
expectOutcome(reports, 'com.acme.IoTest', 'nonFatalInCause', 'error', 'read failed')
def assertion = expectOutcome(reports, 'com.acme.IoTest', 'assertionFails', 'failed', 'the state')
assert assertion.type == 'org.opentest4j.AssertionFailedError' : "IoTest.assertionFails(): type ${assertion.type}"
// docs/rules.md G3: an IOException in the cause chain is fatal.
expectOutcome(reports, 'com.acme.IoTest', 'fatalInCause', 'error', 'java.io.IOException: disk full')
expectOutcome(reports, 'com.acme.IoTest', 'after', 'stopped',
    stoppedBy('io', 'IoTest.fatalInCause()', 'UncheckedIOException: java.io.IOException: disk full'))
expectNoMarker('io-after-ran', 'IoTest.after() never starts')

// The pom's types for a group whose annotation names none.
expectOutcome(reports, 'com.acme.DefaultsTest', 'assertionIsNonFatal', 'failed', 'the status')
expectOutcome(reports, 'com.acme.DefaultsTest', 'otherFailureIsNotFatal', 'error', 'bad input')
expectOutcome(reports, 'com.acme.DefaultsTest', 'ioIsFatal', 'error', 'socket closed')
expectOutcome(reports, 'com.acme.DefaultsTest', 'after', 'stopped',
    stoppedBy('defaults', 'DefaultsTest.ioIsFatal()', 'IOException: socket closed'))
expectNoMarker('defaults-after-ran', 'DefaultsTest.after() never starts')

// Lifecycle methods and extension callbacks.
expectOutcome(reports, 'com.acme.LifecycleTest', 'first', 'error', 'fixture missing')
expectOutcome(reports, 'com.acme.LifecycleTest', 'second', 'stopped', "stopped: group 'lifecycle' cancelled by fatal failure in ")
expectNoMarker('lifecycle-second-ran', 'LifecycleTest.second() never starts')
expectOutcome(reports, 'com.acme.CallbackTest', 'first', 'error', 'java.io.IOException: container did not start')
expectOutcome(reports, 'com.acme.CallbackTest', 'second', 'stopped', "stopped: group 'callback' cancelled by fatal failure in ")
expectNoMarker('callback-second-ran', 'CallbackTest.second() never starts')

['io', 'defaults', 'lifecycle', 'callback'].each {
  assert groupSummary(reports, it).outcome == 'cancelled' : "group '${it}' should be cancelled, was ${groupSummary(reports, it).outcome}"
}
assert groupSummary(reports, 'io').cancelledBy == 'com.acme.IoTest.fatalInCause()'
assert groupSummary(reports, 'defaults').cancelledBy == 'com.acme.DefaultsTest.ioIsFatal()'
expectLog(buildLog, 'Tests run: 14, Failures: 2, Errors: 8, Skipped: 0, Stopped: 4', 'the totals')
expectBuild(buildLog, 'FAILURE', 'the failures fail the build')
return true
