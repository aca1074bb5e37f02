// docs/rules.md G8, <scope>run</scope>: the ungrouped AlphaTest.boom() fails; the whole run is cancelled: the
// members of 'orders' and 'billing' and the ungrouped BetaTest are stopped.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'
def cause = 'run cancelled by fatal failure in com.acme.AlphaTest.boom(): IllegalStateException: database gone'

expectOutcome(reports, 'com.acme.AlphaTest', 'boom', 'error', 'database gone')
expectOutcome(reports, 'com.acme.OrdersTest', 'place(GroupSignal)', 'stopped', "stopped: ${cause}")
expectOutcome(reports, 'com.acme.BillingTest', 'invoice(GroupSignal)', 'stopped', "stopped: ${cause}")
expectOutcome(reports, 'com.acme.BetaTest', 'later', 'stopped', "stopped: ${cause}")
expectNoMarker('beta-before-all', 'BetaTest never started: its @BeforeAll (docs/rules.md G4.1 with scope=run)')
expectNoMarker('beta-later-ran', 'BetaTest never started: its test')
['orders', 'billing'].each {
  assert groupSummary(reports, it).outcome == 'cancelled' : "group '${it}' is cancelled with the run"
}
expectLog(buildLog, 'R' + cause.substring(1) + ': stopping ', 'the cancellation line names the run')
expectLog(buildLog, 'The run was cancelled by com.acme.AlphaTest.boom(): IllegalStateException: database gone (stopped in ',
    'the group table names the run-wide cancellation once, below the groups')
['orders', 'billing'].each { group ->
  assert buildLog =~ /(?m)^\[INFO\] ${group} +cancelled .*  the run\r?$/ : "group '${group}': its row says the run cancelled it"
}
expectLog(buildLog, 'Tests run: 4, Failures: 0, Errors: 1, Skipped: 0, Stopped: 3', 'the totals')
expectBuild(buildLog, 'FAILURE', 'the failure fails the build')
return true
