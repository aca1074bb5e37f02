// Surefire's and Failsafe's user properties, typed as their users type them, in a two-module reactor.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

/** The output of a failfast goal in one module of an invocation's log. */
def goalLog = { String log, String goal, String module ->
  def sections = log.split(/(?m)^\[INFO\] --- /)
  def section = sections.find { it.startsWith("failfast-maven-plugin:0.1.0-SNAPSHOT:${goal} ") && it.contains("@ ${module} ---") }
  assert section != null : "failfast:${goal} did not run in module ${module}"
  section
}

def log = invocationLog(1)
expectBuild(log, 'SUCCESS', 'invocation 1: -Dtest=ATest with surefire.failIfNoSpecifiedTests=false')
expectLog(goalLog(log, 'run', 'a'), 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Stopped: 0', 'invocation 1: ATest ran in a')
expectLog(goalLog(log, 'run', 'b'), 'No tests matched ATest in this module; failIfNoSpecifiedTests is false.',
    'invocation 1: b has no match and says why it passes')
expectNoLog(goalLog(log, 'run', 'b'), 'Tests run:', 'invocation 1: nothing ran in b')
// -DforkCount=2, -Dsurefire.skipAfterFailureCount=1 and -Dsurefire.rerunFailingTestsCount=2 are
// implemented: read, not warned of; two test JVMs, one of them without a class.
expectNoLog(goalLog(log, 'run', 'a'), 'is not supported by failfast yet', 'invocation 1: no setting is warned of')
expectLog(goalLog(log, 'run', 'a'), 'Running 2 tests in 1 class', 'invocation 1: one plan over both test JVMs')

log = invocationLog(2)
expectBuild(log, 'SUCCESS', 'invocation 2: -Dgroups=fast')
expectLog(goalLog(log, 'run', 'a'), 'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Stopped: 0', 'invocation 2: only the fast test of a')
expectLog(goalLog(log, 'run', 'b'), 'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Stopped: 0', 'invocation 2: only the fast test of b')
assert reportOutcomes('b/target/surefire-reports')['com.acme.b.BTest'].tests == [fast: 'passed'] : 'the slow test did not run'

log = invocationLog(3)
expectBuild(log, 'SUCCESS', 'invocation 3: -DskipITs, though BIT fails')
['integration-test', 'verify'].each { goal ->
  ['a', 'b'].each { expectLog(goalLog(log, goal, it), 'Tests are skipped.', "invocation 3: failfast:${goal} skips in ${it}") }
}

log = invocationLog(4)
expectBuild(log, 'SUCCESS', 'invocation 4: integration-test records the failure for verify, which did not run')
expectLog(goalLog(log, 'integration-test', 'a'), 'No tests matched BIT in this module; failIfNoSpecifiedTests is false.',
    'invocation 4: a has no integration test')
expectLog(goalLog(log, 'integration-test', 'b'), 'Tests run: 1, Failures: 1, Errors: 0, Skipped: 0, Stopped: 0',
    'invocation 4: BIT ran in b')
assert reportOutcomes('b/target/failsafe-reports').keySet() == ['com.acme.b.BIT'] as Set : '-Dit.test selects BIT only'
return true
