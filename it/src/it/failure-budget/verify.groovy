// skipAfterFailureCount=2 (SPEC §8), taken over from Surefire's configuration: AFailsTest and
// BFailsTest fail; at the second failure the build JVM cancels the run, so the waiting group member
// and the ungrouped CLaterTest are stopped naming the budget; the console and summary name it.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

/** @param reacher the test whose failure was the second: with two test JVMs, either failing test */
def budgetReached = { int n, String kase, String reacher ->
  def cause = "run cancelled: failure budget of 2 reached (skipAfterFailureCount) by com.acme.${reacher}.fails()"
  def what = "invocation ${n} (${kase})"
  def reports = "target/reports-${kase}"
  def log = invocationLog(n)
  expectOutcome(reports, 'com.acme.AFailsTest', 'fails', 'failed', 'first failure')
  expectOutcome(reports, 'com.acme.BFailsTest', 'fails', 'failed', 'second failure')
  expectOutcome(reports, 'com.acme.GroupedTest', 'waits(GroupSignal)', 'stopped', "stopped: ${cause}")
  expectOutcome(reports, 'com.acme.CLaterTest', 'later', 'stopped', "stopped: ${cause}")
  expectNoMarker("later-slept-${kase}", "${what}: CLaterTest never slept its 60 s")
  expectLog(log, 'R' + cause.substring(1) + ': stopping ', "${what}: the console says the budget cancelled the run")
  assert log =~ /(?m)^\[INFO\] waiting +cancelled .* com\.acme\.${reacher}\.fails\(\): failure budget of 2 reached \(skipAfterFailureCount\)\r?$/ :
      "${what}: the group table names the budget"
  expectLog(log, 'Tests run: 4, Failures: 2, Errors: 0, Skipped: 0, Stopped: 2', "${what}: the totals")
  expectNoLog(log, 'not supported', "${what}: no warning that skipAfterFailureCount is not supported")
  assert groupSummary(reports, 'waiting').outcome == 'cancelled' : "${what}: the group is cancelled with the run"
  assert groupSummary(reports, 'waiting').cause == 'failure budget of 2 reached (skipAfterFailureCount)' :
      "${what}: the summary names the budget"
  expectBuild(log, 'FAILURE', what)
}
budgetReached(1, 'budget', 'BFailsTest') // one test JVM runs the ungrouped classes in order
// Two test JVMs: AFailsTest and BFailsTest may run side by side; the one that fails second reaches the budget.
def second = outcomeOf('target/reports-forks', 'com.acme.CLaterTest', 'later').message =~ /by com\.acme\.(\w+)\.fails\(\)/
assert second.find() && second.group(1) in ['AFailsTest', 'BFailsTest'] : 'invocation 3: a failing test reached the budget'
budgetReached(3, 'forks', second.group(1))

def bad = invocationLog(2)
expectLog(bad, "skipAfterFailureCount: 'two' is not a number of failures; give how many failed tests stop the run, such"
    + ' as 1 (the first failure), or 0 for no limit', 'invocation 2: a bad budget is a clear error')
expectNoReports('target/reports-bad', 'invocation 2: no test ran')
expectBuild(bad, 'FAILURE', 'invocation 2')
return true
