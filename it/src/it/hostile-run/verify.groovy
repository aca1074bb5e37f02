// Odd input from the tests: each case once cost results, memory or the right outcome.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))
def reports = 'target/surefire-reports'

// A 1 MB fatal message cancelling five tests: the failing test keeps it whole, each stopped test
// carries a bounded copy, and no console line carries it whole.
def huge = 'com.acme.HugeMessageTest'
def failing = outcomeOf(reports, huge, 'failsWithAHugeMessage')
assert failing.kind == 'error' && failing.type == 'java.lang.IllegalStateException'
assert failing.message.length() == 1_000_000 : "the failing test keeps its whole message, not ${failing.message.length()} chars"
['second', 'third', 'fourth', 'fifth', 'sixth'].each { name ->
  def stopped = outcomeOf(reports, huge, name)
  assert stopped.kind == 'stopped' : "${name}: stopped, not ${stopped.kind}"
  assert stopped.message.startsWith("stopped: group 'huge' cancelled by fatal failure in com.acme.HugeMessageTest.failsWithAHugeMessage(): IllegalStateException: huge:xxx")
  assert stopped.message.length() < 2_000 : "${name}: a stopped test's message is bounded, not ${stopped.message.length()} chars"
  assert stopped.message.contains('characters cut]') : "${name}: the cut is visible"
}
assert outcomeOf(reports, huge, 'stoppedFactory').kind == 'stopped' : 'a factory stopped before it produced a test is one stopped test'
File report = new File(basedir, "${reports}/TEST-${huge}.xml")
assert report.length() < 3_000_000 : "the report holds the message for its own test, not once per stopped test: ${report.length()} bytes"
def longest = buildLog.readLines()*.length().max()
assert longest < 20_000 : "no console line carries the whole message: the longest has ${longest} chars"

// A throwable whose getMessage() and toString() throw keeps its type, and cancels as what it is.
def broken = 'com.acme.BrokenMessageTest'
def thrown = outcomeOf(reports, broken, 'throwsABrokenMessage')
assert thrown.kind == 'error' : "the test's own error, not ${thrown.kind}"
assert thrown.type == 'com.acme.BrokenMessageTest$BrokenMessageException' : "its own type, not ${thrown.type}"
assert outcomeOf(reports, broken, 'neverStarts').kind == 'stopped' : 'its group was cancelled: the failure was fatal'

// @Disabled("stopped: …") is a skip: stopped is decided by how a test ended, not by a text. In
// the XML both are <skipped>; the suite's failfast.stopped count and the totals tell them apart.
def disabledClass = 'com.acme.DisabledWithStoppedReasonTest'
assert suite(reports, disabledClass).testcase.find { it.@name == 'disabled' }.skipped.@message.text() == 'stopped: by nobody'
def stoppedCount = suite(reports, disabledClass).properties.property.find { it.@name == 'failfast.stopped' }
assert stoppedCount.size() == 0 || stoppedCount.@value.text() == '0' : 'a disabled test is not counted as stopped'
assert outcomeOf(reports, disabledClass, 'runs').kind == 'passed'

// Control characters in names and messages reach the console as visible escapes, on every line
// (the cancel line, the class's trace, the Results block, the group table), and a group name of
// 10,012 characters is cut to the table's column width with a marker.
// Maven itself writes ESC[0m (a colour reset) even in batch mode: only that may stay raw.
def raw = buildLog.replace('\u001B[0m', '').findAll(/[\u0000-\u0008\u000B-\u001F\u007F]/)
assert raw.isEmpty() : "no raw control character in the build log: found ${raw.collect { String.format('U+%04X', (int) it.charAt(0)) }.unique()}"
def group = 'red\\u001B[31mlong'
expectLog(buildLog, "[WARNING] Group '${group}ggg", 'the cancel line, escaped')
expectLog(buildLog, 'IllegalStateException: red\\u001B[31m\\u000Doverwritten\\u0007bell', 'the message, escaped')
expectLog(buildLog, '[ERROR]   ControlCharactersTest.colours:31 IllegalState red\\u001B[31m\\u000Doverwritten\\u0007bell',
    'the Results line, escaped')
def row = buildLog.readLines().find { it.startsWith("[INFO] ${group}ggg") }
assert row != null : "the group table has the long group's row"
def cell = group + 'g' * (60 - group.length()) + '… [' + (10_017 - 60) + ' characters cut]'
assert row.startsWith("[INFO] ${cell}  cancelled") : "the group's name is cut to 60 characters with a marker: ${row.take(200)}"
def header = buildLog.readLines().find { it.startsWith('[INFO] Group ') && it.endsWith('Cancelled by') }
assert header.length() < 200 : "the table's columns are capped: its header is ${header.length()} characters"

expectLog(buildLog, 'Tests run: 13, Failures: 0, Errors: 3, Skipped: 1, Stopped: 8', 'the totals')
return true
