// docs/rules.md G9: 'ledger' (parallel = false, two files) ran one test at a time in plan order; 'batch' stopped
// after its first fatal failure and its later tests never started (docs/rules.md G4.1); 'pair' and 'partner'
// ran concurrently; the ungrouped classes ran one test at a time.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'

// One at a time, in plan order: classes by name (configured), methods by @Order.
def expectedTurns = ['LedgerAuditTest.balances', 'LedgerAuditTest.totals', 'LedgerTest.open', 'LedgerTest.post',
    'LedgerTest.close'].collectMany { ["start ${it}", "end ${it}"] }
def turns = expectMarker('ledger-turns', "the 'ledger' group's tests").readLines()
assert turns == expectedTurns : "'ledger' (parallel = false) should run one test at a time in plan order:\n" +
    "expected ${expectedTurns}\nbut was  ${turns}"
['LedgerAuditTest', 'LedgerTest'].each {
  expectSuite(reports, "com.acme.${it}", [failures: 0, errors: 0, skipped: 0])
}

// The first fatal failure stops the sequential group: the later tests never start, not even @BeforeEach.
def cause = "group 'batch' cancelled by fatal failure in com.acme.BatchTest.validate(): IllegalStateException: batch rejected"
expectOutcome(reports, 'com.acme.BatchTest', 'load', 'passed')
expectOutcome(reports, 'com.acme.BatchTest', 'validate', 'error', 'batch rejected')
['transform', 'store'].each { test ->
  def o = expectOutcome(reports, 'com.acme.BatchTest', test, 'stopped', "stopped: ${cause}")
  assert o.message == "stopped: ${cause}" : "BatchTest.${test}(): never started, so its message has no 'was running': ${o.message}"
  expectNoMarker("batch-before-each-${test}", "BatchTest.${test}() never started: its @BeforeEach (docs/rules.md G4.1)")
  expectNoMarker("batch-body-${test}", "BatchTest.${test}() never started: its body (docs/rules.md G4.1)")
}
expectMarker('batch-before-each-validate', 'BatchTest.validate() started')
// The counts in the line are not checked: they are what the build JVM knows at that moment.
expectLog(buildLog, "Group 'batch' cancelled by fatal failure in com.acme.BatchTest.validate(): IllegalStateException: batch rejected: stopping ",
    "the cancellation line of 'batch'")

// Concurrency: the latch in PairTest opens only when all three run at once.
expectOutcome(reports, 'com.acme.PairTest', 'left', 'passed')
expectOutcome(reports, 'com.acme.PairTest', 'right', 'passed')
expectOutcome(reports, 'com.acme.PartnerTest', 'meet', 'passed')

// Ungrouped classes keep Jupiter's default: sequential.
expectNoMarker('ungrouped-overlap', 'ungrouped tests ran concurrently (docs/rules.md G9: sequential by default)')
['A', 'B'].each { expectSuite(reports, "com.acme.Ungrouped${it}Test", [tests: 2, failures: 0, errors: 0, skipped: 0]) }

expectLog(buildLog, 'Tests run: 16, Failures: 0, Errors: 1, Skipped: 0, Stopped: 2', 'the totals (docs/rules.md G10)')
expectBuild(buildLog, 'FAILURE', "BatchTest.validate()'s error fails the build")
return true
