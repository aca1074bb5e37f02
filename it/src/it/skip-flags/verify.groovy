// -Dmaven.test.skip=true (invocation 1, which does not even compile the tests), -DskipTests (2)
// and -Dfailfast.skip=true (3) skip the failing suite; -Dmaven.test.failure.ignore=true (4) runs
// it, reports the failure and passes the build.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

[1: 'mavenTestSkip', 2: 'skipTests', 3: 'failfastSkip'].each { n, kase ->
  def log = invocationLog(n)
  expectBuild(log, 'SUCCESS', "invocation ${n} (${kase})")
  expectLog(log, 'Tests are skipped.', "invocation ${n} (${kase}): failfast says it skips")
  expectNoLog(log, 'Tests run:', "invocation ${n} (${kase}): no test ran")
  expectNoReports("target/reports-${kase}", "invocation ${n} (${kase})")
  expectNoMarker("ran-${kase}", "invocation ${n} (${kase}): no test ran")
}
expectLog(invocationLog(1), 'Not compiling test sources', 'invocation 1: maven.test.skip skips compiling the tests too')

def log = invocationLog(4)
expectBuild(log, 'SUCCESS', 'invocation 4: maven.test.failure.ignore passes the build')
expectLog(log, 'There are test failures; testFailureIgnore (maven.test.failure.ignore) is set, so the build goes on', 'invocation 4: the warning')
expectLog(log, 'Tests run: 2, Failures: 1, Errors: 0, Skipped: 0, Stopped: 0', 'invocation 4: the totals')
expectOutcome('target/reports-ignore', 'com.acme.FlakyTest', 'fails', 'failed', 'the light')
expectMarker('ran-ignore', 'invocation 4 ran the tests')
return true
