// forkCount=2 (SPEC §9), taken over from Surefire's configuration. Invocation 1: two test JVMs, each
// group's classes in one of them, one console and one set of reports as with one test JVM.
// Invocation 2: one test JVM halts; the other's tests finish with all their results. Invocation 3:
// scope=run, a fatal failure in one test JVM stops a sleeper in the other within seconds.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def classes = ['AlphaOneTest', 'AlphaTwoTest', 'BetaOneTest', 'BetaTwoTest', 'PlainOneTest', 'PlainTwoTest']
def tests = [AlphaOneTest: ['boom'], AlphaTwoTest: ['halts'], BetaOneTest: ['sleeps'], BetaTwoTest: ['records'],
             PlainOneTest: ['records', 'recordsAgain'], PlainTwoTest: ['records', 'recordsAgain']]

/**
 * The one test JVM a class's tests ran in, by pid; null when none of them wrote one. A test JVM that
 * halts can do so between the marker's creation and its line, so an empty marker counts as none.
 */
def pidOf = { String kase, String cls ->
  File file = new File(basedir, "target/markers/${kase}/pid-${cls}")
  def pids = file.isFile() ? file.readLines().findAll { it }.toSet() : [] as Set
  if (pids.isEmpty()) {
    return null
  }
  assert pids.size() == 1 : "${kase}: the tests of ${cls} ran in one test JVM, not in ${pids}"
  pids.first()
}
def count = { String log, String text -> log.split(java.util.regex.Pattern.quote(text), -1).length - 1 }

// 1: every class ran, in two distinct test JVMs, each group whole.
def log1 = invocationLog(1)
def pass = 'target/reports-pass'
classes.each { cls -> tests[cls].each { expectOutcome(pass, "com.acme.${cls}", it, 'passed') } }
def pids = classes.collectEntries { [(it): pidOf('pass', it)] }
assert !pids.values().contains(null) : "invocation 1: every class ran: ${pids}"
assert pids.values().toSet().size() == 2 : "invocation 1: the tests ran in two test JVMs, not ${pids}"
assert pids.AlphaOneTest == pids.AlphaTwoTest : "invocation 1: group alpha is whole in one test JVM: ${pids}"
assert pids.BetaOneTest == pids.BetaTwoTest : "invocation 1: group beta is whole in one test JVM: ${pids}"
expectLog(log1, 'Taken from maven-surefire-plugin: forkCount', 'invocation 1: forkCount is taken over from Surefire')
expectNoLog(log1, 'not supported', 'invocation 1: no warning that forkCount is not supported')
assert count(log1, 'Running 8 tests in 6 classes; groups: alpha, beta') == 1 : 'invocation 1: the plan is told once, whole'
assert count(log1, 'Tests run: 8, Failures: 0, Errors: 0, Skipped: 0, Stopped: 0') == 1 : 'invocation 1: one total'
classes.each { cls ->
  assert count(log1, "Tests run: ${tests[cls].size()}, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: ") >= 1
  assert log1 =~ /(?m)^\[INFO\] Tests run: .* -- in com\.acme\.${cls}\r?$/ : "invocation 1: ${cls} has its class line, once"
  assert count(log1, " -- in com.acme.${cls}\n") == 1 : "invocation 1: ${cls}'s class line is printed once"
}
assert summaryOf(pass).totals.tests == 8 : 'invocation 1: the summary counts every test'
assert summaryOf(pass).crossForkCancel == [reachedNanos: [], settledNanos: []] :
    'invocation 1: nothing was cancelled across test JVMs'
expectBuild(log1, 'SUCCESS', 'invocation 1')

// 2: AlphaTwoTest halts its test JVM while BetaOneTest runs in the other, which finishes with all its results.
def log2 = invocationLog(2)
def halt = 'target/reports-halt'
def how = 'exited with code 1 without shutting down normally (Runtime.halt or a crash)'
def halter = expectOutcome(halt, 'com.acme.AlphaTwoTest', 'halts', 'error', 'while this test was running, test JVM ')
assert halter.message.endsWith(how) : "invocation 2: the halting test names the exit: ${halter.message}"
def haltPids = classes.collectEntries { [(it): pidOf('halt', it)] }
assert haltPids.BetaOneTest != null && haltPids.BetaOneTest != haltPids.AlphaTwoTest :
    "invocation 2: BetaOneTest ran in the other test JVM: ${haltPids}"
classes.findAll { haltPids[it] != null && haltPids[it] != haltPids.AlphaTwoTest }.each { cls ->
  tests[cls].each { expectOutcome(halt, "com.acme.${cls}", it, 'passed') } // the other test JVM lost nothing
}
// A class with no marker ran in the halted test JVM but wrote none: each test was stopped, or, when
// it had started but not yet reached its first line, is an error naming the exit (SPEC §4).
classes.findAll { haltPids[it] == null }.each { cls ->
  tests[cls].each {
    def o = outcomeOf(halt, "com.acme.${cls}", it)
    assert (o.kind == 'stopped' && o.message.startsWith('stopped: before this test started, test JVM '))
        || (o.kind == 'error' && o.message.startsWith('while this test was running, test JVM ') && o.message.endsWith(how)) :
        "invocation 2: ${cls}.${it} of the halted test JVM: expected stopped, or an error naming the exit; was ${o}"
  }
}
assert log2 =~ /Test JVM [12] of 2 died before the run finished: it exited with code 1/ :
    'invocation 2: the build says which test JVM died and how'
assert summaryOf(halt).forkExit?.contains(how) : "invocation 2: the summary says how: ${summaryOf(halt).forkExit}"
assert summaryOf(halt).totals.tests == 8 : 'invocation 2: every test is reported once'
expectBuild(log2, 'FAILURE', 'invocation 2')

// 3: scope=run across test JVMs.
def log3 = invocationLog(3)
def boom = 'target/reports-boom'
def cause = 'run cancelled by fatal failure in com.acme.AlphaOneTest.boom(): IllegalStateException: database gone'
expectOutcome(boom, 'com.acme.AlphaOneTest', 'boom', 'error', 'database gone')
assert pidOf('boom', 'AlphaOneTest') != pidOf('boom', 'BetaOneTest') : 'invocation 3: the sleeper is in the other test JVM'
expectOutcome(boom, 'com.acme.BetaOneTest', 'sleeps', 'stopped', "stopped: ${cause}; was running")
def slept = suite(boom, 'com.acme.BetaOneTest').testcase.find { it.@name.text() == 'sleeps' }.@time.text() as double
assert slept < 15 : "invocation 3: the sleeper was stopped within seconds, not after ${slept} s"
expectNoMarker('boom/sleeper-slept', 'invocation 3: the sleeper never woke by itself')
def crossed = summaryOf(boom).crossForkCancel
assert crossed.reachedNanos.size() == 1 && crossed.settledNanos.size() == 1 :
    "invocation 3: the cancellation reached the other test JVM, which settled it: ${crossed}"
assert count(log3, 'R' + cause.substring(1) + ': stopping ') == 1 : 'invocation 3: the cancellation is told once'
expectBuild(log3, 'FAILURE', 'invocation 3')
return true
