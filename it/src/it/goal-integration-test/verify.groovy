// failfast:integration-test runs **/*IT.java (not *Test.java) into failsafe-reports and never
// fails the build itself, so post-integration-test still tears down; failfast:verify then fails
// the build with the recorded failure. JUnit 5.14.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/failsafe-reports'
expectOutcome(reports, 'com.acme.CheckoutIT', 'login', 'error', 'login page returned 500')
expectOutcome(reports, 'com.acme.CheckoutIT', 'pay', 'stopped',
    "stopped: group 'checkout' cancelled by fatal failure in com.acme.CheckoutIT.login(): IllegalStateException: login page returned 500")
expectOutcome(reports, 'com.acme.CatalogIT', 'lists', 'passed')
assert reportNames(reports) == ['com.acme.CatalogIT', 'com.acme.CheckoutIT'] :
    "integration-test runs the *IT classes only, reported: ${reportNames(reports)}"
expectNoMarker('unit-test-ran', 'UnitTest is no integration test')
assert !new File(basedir, 'target/surefire-reports').exists() : 'integration-test reports to failsafe-reports only'

def at = { String text -> buildLog.indexOf(text) }
def steps = [
  'integration-test': at('--- failfast-maven-plugin:0.1.0-SNAPSHOT:integration-test (failfast-it)'),
  'warning': at('The integration tests did not pass; failfast:verify will fail the build'),
  'teardown': at('--- maven-antrun-plugin:3.1.0:run (teardown)'),
  'verify': at('--- failfast-maven-plugin:0.1.0-SNAPSHOT:verify (failfast-it)'),
]
assert steps.values().every { it >= 0 } && steps.values() as List == (steps.values() as List).sort(false) :
    "integration-test, its warning, the post-integration-test teardown and verify should run in this order: ${steps}"
expectMarker('post-integration-test', 'post-integration-test ran although a test failed')
expectLog(buildLog, 'tearing down the test environment', 'the teardown echo')
expectLog(buildLog, 'Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Stopped: 1', 'the totals')
assert new File(basedir, 'target/failfast-integration-test.properties').isFile() : 'integration-test records its result for verify'
expectLog(buildLog, 'verify (failfast-it) on project goal-integration-test: There are test failures: 0 failed, 1 in error', 'verify fails the build with the recorded failure')
expectBuild(buildLog, 'FAILURE', 'verify fails the build')
return true
