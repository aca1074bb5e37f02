// docs/rules.md G1 through the pom: <groups> assign the unannotated classes of the db package to 'db' (one at a
// time; AssertionFailedError non-fatal) and *CacheTest to 'cache' (only IOExceptions fatal). The
// annotated ReportsTest joins 'db'. 'db' is cancelled by AccountsDbTest.transfer(): OrdersDbTest
// never starts (no @BeforeAll) and ReportsTest never gets its turn.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'
def cause = "stopped: group 'db' cancelled by fatal failure in com.acme.db.AccountsDbTest.transfer(): IllegalStateException: connection lost"

['com.acme.db.AccountsDbTest', 'com.acme.db.OrdersDbTest', 'com.acme.reports.ReportsTest'].each { cls ->
  assert suiteProperty(reports, cls, 'failfast.group') == 'db' : "${cls} should be in the pom group 'db', its report says ${suiteProperty(reports, cls, 'failfast.group')}"
}
['com.acme.SessionCacheTest', 'com.acme.TokenCacheTest'].each { cls ->
  assert suiteProperty(reports, cls, 'failfast.group') == 'cache' : "${cls} should be in the pom group 'cache'"
}

expectOutcome(reports, 'com.acme.db.AccountsDbTest', 'balance', 'failed', 'the balance') // non-fatal in 'db'
expectOutcome(reports, 'com.acme.db.AccountsDbTest', 'transfer', 'error', 'connection lost')
expectOutcome(reports, 'com.acme.db.AccountsDbTest', 'history', 'stopped', cause)
['list', 'create'].each { expectOutcome(reports, 'com.acme.db.OrdersDbTest', it, 'stopped', cause) }
expectOutcome(reports, 'com.acme.reports.ReportsTest', 'monthly', 'stopped', cause)
['accounts-history-ran', 'orders-list-ran', 'orders-create-ran', 'reports-monthly-ran'].each {
  expectNoMarker(it, "a test of the cancelled group 'db' never starts")
}
expectNoMarker('orders-before-all', "OrdersDbTest never started, so its @BeforeAll never ran (docs/rules.md G4.1)")

expectOutcome(reports, 'com.acme.SessionCacheTest', 'evict', 'error', 'eviction failed')
expectOutcome(reports, 'com.acme.SessionCacheTest', 'load', 'passed')
expectMarker('cache-load-ran', "'cache' goes on after a non-fatal failure")
assert groupSummary(reports, 'cache').outcome == 'failed' : "'cache' failed but was not cancelled"
assert groupSummary(reports, 'db').outcome == 'cancelled' : "'db' was cancelled"

// docs/rules.md G9: classes only the pom assigns to a parallel group run at the same time (they meet at a barrier)
expectOutcome(reports, 'com.acme.SessionCacheTest', 'meets', 'passed')
expectOutcome(reports, 'com.acme.TokenCacheTest', 'meets', 'passed')

expectLog(buildLog, 'Running 10 tests in 5 classes; groups: cache, db', 'the plan line names the pom groups')
expectLog(buildLog, 'Tests run: 10, Failures: 1, Errors: 2, Skipped: 0, Stopped: 4', 'the totals')
expectBuild(buildLog, 'FAILURE', 'the failures fail the build')
return true
