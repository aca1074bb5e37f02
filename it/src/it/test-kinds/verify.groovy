// docs/rules.md G2: parameterized, repeated, dynamic and template invocations and nested classes' tests are
// tests, and members: in a sequential group the first fatal failure among them stops the ones
// after it. docs/rules.md G10: every test is reported exactly once, with one outcome. JUnit 5.14.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'

// Every kind is reported, one <testcase> per invocation, with its outcome.
def kinds = [
  'passes': 'passed',
  'values(int)[1]': 'passed', 'values(int)[2]': 'passed', 'values(int)[3]': 'passed',
  'repeated()[1]': 'passed', 'repeated()[2]': 'passed',
  'dynamic()[1]': 'passed', 'dynamic()[2]': 'passed',
  'template()[1]': 'passed', 'template()[2]': 'passed',
  'disabled': 'skipped', 'assumed': 'skipped', 'fails': 'failed', 'errs': 'error',
]
kinds.each { test, kind -> expectOutcome(reports, 'com.acme.KindsTest', test, kind) }
// The @Nested Inner's test is in KindsTest's report, as Surefire 3 files it.
expectSuite(reports, 'com.acme.KindsTest', [tests: kinds.size() + 1, failures: 1, errors: 1, skipped: 2])
expectOutcome(reports, 'com.acme.KindsTest', 'disabled', 'skipped', 'not ready')
expectOutcome(reports, 'com.acme.KindsTest', 'assumed', 'skipped', 'Assumption failed: no database here')
expectOutcome(reports, 'com.acme.KindsTest$Inner', 'inner', 'passed')

// In a sequential group, each invocation is a member: the failure stops those after it.
def stepped = { String cls, String group, List<String> tests, int failing, String origin, String message ->
  def cause = "stopped: group '${group}' cancelled by fatal failure in com.acme.${cls}.${origin}: IllegalStateException: ${message}"
  tests.eachWithIndex { test, i ->
    if (i < failing) {
      expectOutcome(reports, "com.acme.${cls}", test, 'passed')
    } else if (i == failing) {
      expectOutcome(reports, "com.acme.${cls}", test, 'error', message)
    } else {
      expectOutcome(reports, "com.acme.${cls}", test, 'stopped', cause)
    }
  }
  expectSuite(reports, "com.acme.${cls}", [tests: tests.size()])
}
stepped('ParamStepsTest', 'params', (1..3).collect { "step(String)[${it}]" }, 1, 'step(String) [2] b', 'step b failed')
stepped('RepeatStepsTest', 'repeats', (1..3).collect { "attempt(RepetitionInfo)[${it}]" }, 1,
    'attempt(RepetitionInfo) repetition 2 of 3', 'attempt 2 failed')
stepped('DynamicStepsTest', 'dynamic', (1..3).collect { "steps()[${it}]" }, 0, 'steps() connect', 'connect failed')
stepped('TemplateStepsTest', 'templates', (1..3).collect { "invocation(TestInfo)[${it}]" }, 0,
    'invocation(TestInfo) context 1', 'context 1 failed')
expectNoMarker('dynamic-query-ran', 'a dynamic test after the fatal failure never starts (docs/rules.md G2)')
expectNoMarker('dynamic-disconnect-ran', 'a dynamic test after the fatal failure never starts (docs/rules.md G2)')
expectOutcome(reports, 'com.acme.NestedStepsTest', 'outer', 'error', 'outer failed')
expectOutcome(reports, 'com.acme.NestedStepsTest$Inner', 'later', 'stopped',
    "stopped: group 'nested' cancelled by fatal failure in com.acme.NestedStepsTest.outer(): IllegalStateException: outer failed")
expectNoMarker('nested-later-ran', "a nested class's test after the fatal failure never starts (docs/rules.md G2)")

// docs/rules.md G10: each test once, with one outcome; the totals add up across reports, summary and console.
def all = reportNames(reports).collectMany { cls -> suite(reports, cls).testcase.collect { "${cls}.${it.@name.text()}" } }
assert all.size() == all.toSet().size() : "a test is reported twice: ${all.countBy { it }.findAll { it.value > 1 }.keySet()}"
assert all.size() == 29 : "expected 29 reported tests, found ${all.size()}: ${all}"
def totals = summaryOf(reports).totals
assert [totals.tests, totals.failures, totals.errors, totals.skipped, totals.stopped] == [29, 1, 6, 2, 7] :
    "failfast-summary.json totals: ${totals}"
expectLog(buildLog, 'Tests run: 29, Failures: 1, Errors: 6, Skipped: 2, Stopped: 7', 'the totals (docs/rules.md G10)')
['params', 'repeats', 'dynamic', 'templates', 'nested'].each {
  assert groupSummary(reports, it).outcome == 'cancelled' : "group '${it}' was cancelled"
}
expectBuild(buildLog, 'FAILURE', "KindsTest's failure and error fail the build")
return true
