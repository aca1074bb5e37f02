// docs/rules.md "Reruns": the first group passes with one flaky test, the second is cancelled
// after its test's last attempt, in the same run (invocation 2, failfast:run).
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def log = invocationLog(2)
def reports = 'target/surefire-reports'
def taken = log.readLines().find { it.startsWith('[INFO] Taken from maven-surefire-plugin: ') }
assert taken != null && taken.contains('rerunFailingTestsCount') : "the count is taken over from Surefire: ${taken}"
expectNoLog(log, 'rerunFailingTestsCount=2 is not supported', 'reruns are supported')

// the console: Surefire's flaky section, the failing test's runs, the totals with Flakes
expectLog(log, '[WARNING] Flakes: \n[WARNING] com.acme.FlakyTest.connects\n'
    + '[ERROR]   Run 1: FlakyTest.connects:', 'the flaky section names the test and its failed run')
expectLog(log, 'IllegalState connection refused\n[INFO]   Run 2: PASS', 'the flaky test passed on its second run')
expectLog(log, '[ERROR] Errors: \n[ERROR] com.acme.DatabaseTest.queries\n[ERROR]   Run 1: DatabaseTest.queries:',
    'the failing test is listed with each of its runs')
expectLog(log, 'IllegalState database gone, attempt 3', 'its third run is listed')
expectLog(log, 'Tests run: 4, Failures: 0, Errors: 1, Skipped: 0, Stopped: 1, Flakes: 1', 'the totals line counts the flake')
assert log =~ /(?m)^\[INFO\] Group +Outcome +Tests +Failures +Errors +Skipped +Stopped +Flakes +Cancelled by\r?$/ :
    'the group table has a Flakes column'
assert log =~ /(?m)^\[INFO\] a +passed +2 +0 +0 +0 +0 +1\r?$/ : 'group a passed with its one flaky test'

// the reports: a flaky test passes with its failed attempt beside it
expectOutcome(reports, 'com.acme.FlakyTest', 'connects', 'passed')
expectOutcome(reports, 'com.acme.FlakyTest', 'steady', 'passed')
def flaky = suite(reports, 'com.acme.FlakyTest')
assert flaky.@flakes.text() == '1' : "FlakyTest: expected flakes=1, was '${flaky.@flakes.text()}'"
def connects = flaky.testcase.find { it.@name.text() == 'connects' }
assert connects.flakyError.size() == 1 : 'connects: one <flakyError> for its failed attempt'
assert connects.flakyError.@message.text() == 'connection refused'
assert connects.flakyError.stackTrace.text().startsWith('java.lang.IllegalStateException: connection refused')
assert connects.'system-out'.text().contains('connects, attempt 1') && connects.'system-out'.text().contains('connects, attempt 2') :
    'the output of both attempts is in the test system-out'

// a fatal test that fails every attempt: as Surefire writes it, its first failure, the later ones
// beside it; the other test saw the cancel only after the third attempt
expectOutcome(reports, 'com.acme.DatabaseTest', 'queries', 'error', 'database gone, attempt 1')
def database = suite(reports, 'com.acme.DatabaseTest')
def queries = database.testcase.find { it.@name.text() == 'queries' }
assert queries.rerunError*.@message*.text() == ['database gone, attempt 2', 'database gone, attempt 3']
expectOutcome(reports, 'com.acme.DatabaseTest', 'waitsForTheCancel(GroupSignal)', 'stopped',
    "stopped: group 'b' cancelled by fatal failure in com.acme.DatabaseTest.queries(): IllegalStateException: database gone, attempt 3")
def waits = database.testcase.find { it.@name.text() == 'waitsForTheCancel(GroupSignal)' }
assert waits.'system-out'.text().contains('cancelled after attempt 3') : 'the other member saw the cancel only at the last attempt'

// the summary: group a passed with one flaky test, group b cancelled
def a = groupSummary(reports, 'a')
assert a.outcome == 'passed' && a.totals.flakes == 1 : "group a: ${a}"
def b = groupSummary(reports, 'b')
assert b.outcome == 'cancelled' && b.cancelledBy == 'com.acme.DatabaseTest.queries()' && b.totals.flakes == 0 : "group b: ${b}"
assert summaryOf(reports).totals.flakes == 1
return true
