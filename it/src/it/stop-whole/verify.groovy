// docs/rules.md G4.1, G10: a class that has not started when the run is cancelled is stopped whole:
// none of its code runs (constructor, @BeforeAll, argument source, factory), yet each of its tests
// is reported stopped, a template that produced no invocation as one test.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))
def reports = 'target/surefire-reports'
def stop = "stopped: run cancelled by fatal failure in com.acme.ABrokenTest.fails(): IllegalStateException: database down"

def ran = new File(basedir, 'target/ran')
assert !ran.exists() : "nothing of the stopped class runs, yet this ran: ${ran.list()}"

assert outcomeOf(reports, 'com.acme.ABrokenTest', 'fails').kind == 'error'
['one', 'values(int)', 'factory'].each { name ->
  def stopped = outcomeOf(reports, 'com.acme.BLaterTest', name)
  assert stopped.kind == 'stopped' : "${name}: stopped, not ${stopped.kind}"
  assert stopped.message == stop : "${name}: the run's stop message, not '${stopped.message}'"
}
def inner = outcomeOf(reports, 'com.acme.BLaterTest$Inner', 'inner')
assert inner.kind == 'stopped' && inner.message == stop : "the nested class's test is stopped: ${inner}"
def later = suite(reports, 'com.acme.BLaterTest')
assert later.@tests == '4' && later.@skipped == '4' : "four tests, each counted: ${later.@tests} tests, ${later.@skipped} skipped"
assert later.properties.property.find { it.@name == 'failfast.stopped' }.@value == '4'

// @Disabled("stopped: …") stays a skipped test
assert outcomeOf(reports, 'com.acme.CDisabledTest', 'disabled').message == 'stopped: by hand'
def stoppedCount = suite(reports, 'com.acme.CDisabledTest').properties.property.find { it.@name == 'failfast.stopped' }
assert stoppedCount.size() == 0 || stoppedCount.@value.text() == '0' : 'a disabled test is not counted as stopped'

expectLog(buildLog, 'Tests run: 6, Failures: 0, Errors: 1, Skipped: 1, Stopped: 4', 'the totals')
return true
