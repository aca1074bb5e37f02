// docs/rules.md G6: HealthTest.probe() cancels 'payments' on purpose and passes; CheckoutTest.charge() is stopped
// naming the reason and the caller. Invocation 1: stopped tests alone pass the build. Invocation 2
// (<failOnStopped>true</failOnStopped>): the same run fails it.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'
def cause = "group 'payments' cancelled by com.acme.HealthTest.probe(GroupSignal): backend unavailable"

expectOutcome(reports, 'com.acme.HealthTest', 'probe(GroupSignal)', 'passed')
expectMarker('probe-went-on', 'the caller of cancel() goes on (docs/rules.md G6)')
expectOutcome(reports, 'com.acme.CheckoutTest', 'charge', 'stopped',
    "stopped: ${cause}; was running, ended with InterruptedException")
expectOutcome(reports, 'com.acme.CatalogTest', 'lists', 'passed')
assert suiteProperty(reports, 'com.acme.CheckoutTest', 'failfast.cancelledBy') == cause
def payments = groupSummary(reports, 'payments')
assert payments.outcome == 'cancelled' && payments.cancelledBy == 'com.acme.HealthTest.probe(GroupSignal)' && payments.cause == 'backend unavailable' :
    "group 'payments' in the summary: ${payments}"

[1, 2].each { n ->
  def log = invocationLog(n)
  expectLog(log, 'G' + cause.substring(1), "invocation ${n}: the cancellation line (docs/rules.md G6)")
  expectLog(log, 'Tests run: 3, Failures: 0, Errors: 0, Skipped: 0, Stopped: 1', "invocation ${n}: the totals")
}
expectBuild(invocationLog(1), 'SUCCESS', 'invocation 1: stopped tests alone do not fail the build (docs/rules.md G6)')
expectBuild(invocationLog(2), 'FAILURE', 'invocation 2: failOnStopped fails the build')
expectLog(invocationLog(2), '1 tests were stopped and failOnStopped is set', 'invocation 2: the reason for the failure')
return true
