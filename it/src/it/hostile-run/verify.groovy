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

expectLog(buildLog, 'Tests run: 11, Failures: 0, Errors: 2, Skipped: 1, Stopped: 7', 'the totals')
return true
