// docs/rules.md G4: count() fails while reserve() and poll() run: reserve() is interrupted and ends stopped,
// poll() returns and passes, every cleanup runs, and StockTest's later failure is "also failed".
// docs/rules.md G8 (scope=group): the 'catalog' group and the ungrouped ReportTest are untouched.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'

// failfast:run on a fresh clone: its forked lifecycle compiles the tests first.
def fork = buildLog.indexOf('>>> failfast-maven-plugin:0.1.0-SNAPSHOT:run (default-cli) > process-test-classes @ cancel-running >>>')
def compile = buildLog.indexOf('Compiling 5 source files with javac')
def run = buildLog.indexOf('--- failfast-maven-plugin:0.1.0-SNAPSHOT:run (default-cli) @ cancel-running ---')
assert 0 <= fork && fork < compile && compile < run : "failfast:run should compile the uncompiled tests before running them (fork ${fork}, compile ${compile}, run ${run})"
def cause = "group 'inventory' cancelled by fatal failure in com.acme.InventoryTest.count(): IllegalStateException: warehouse down"

expectOutcome(reports, 'com.acme.InventoryTest', 'count', 'error')
def reserve = expectOutcome(reports, 'com.acme.InventoryTest', 'reserve', 'stopped',
    "stopped: ${cause}; was running, ended with InterruptedException")
expectNoMarker('reserve-slept-through', 'reserve() was interrupted (docs/rules.md G4.2)')
expectOutcome(reports, 'com.acme.InventoryTest', 'poll(GroupSignal)', 'passed')
def stock = expectOutcome(reports, 'com.acme.StockTest', 'stock', 'error', 'ledger out of balance')
assert stock.type == 'java.lang.IllegalStateException' : "StockTest.stock(): a failure after the cancel is reported as the failure it is (docs/rules.md G4.4), type was ${stock.type}"

// docs/rules.md G4.3: the cleanup of what started still ran.
['reserve', 'poll', 'count'].each { expectMarker("after-each-${it}", "@AfterEach of InventoryTest.${it}() (docs/rules.md G4.3)") }
['reserve', 'poll', 'count'].each { expectMarker("closed-${it}", "the store resource of InventoryTest.${it}() (docs/rules.md G4.3)") }
expectMarker('after-all-inventory', '@AfterAll of InventoryTest (docs/rules.md G4.3)')

// docs/rules.md G8: another group and an ungrouped class ran on, uninterrupted.
expectOutcome(reports, 'com.acme.CatalogTest', 'browse(GroupSignal)', 'passed')
expectOutcome(reports, 'com.acme.ReportTest', 'print', 'passed')
assert suiteProperty(reports, 'com.acme.CatalogTest', 'failfast.cancelledBy') == null : 'CatalogTest: its group was not cancelled'

expectSuite(reports, 'com.acme.InventoryTest', [tests: 3, failures: 0, errors: 1, skipped: 1])
assert suiteProperty(reports, 'com.acme.InventoryTest', 'failfast.group') == 'inventory'
assert suiteProperty(reports, 'com.acme.InventoryTest', 'failfast.stopped') == '1'
assert suiteProperty(reports, 'com.acme.InventoryTest', 'failfast.cancelledBy') == cause

def inventory = groupSummary(reports, 'inventory')
assert inventory.outcome == 'cancelled' : "group 'inventory': outcome ${inventory.outcome}"
assert inventory.cancelledBy == 'com.acme.InventoryTest.count()'
assert inventory.alsoFailed.any { it.contains('StockTest') } : "group 'inventory': alsoFailed should name StockTest, was ${inventory.alsoFailed}"
assert groupSummary(reports, 'catalog').outcome == 'passed'

expectLog(buildLog, 'G' + cause.substring(1) + ': stopping ', 'the cancellation line (docs/rules.md G4)')
expectLog(buildLog, 'also failed: ', "the group table names the second failure (docs/rules.md G4.4)")
expectLog(buildLog, 'Tests run: 6, Failures: 0, Errors: 2, Skipped: 0, Stopped: 1', 'the totals (docs/rules.md G10)')
expectBuild(buildLog, 'FAILURE', 'the failures fail the build')
return true
