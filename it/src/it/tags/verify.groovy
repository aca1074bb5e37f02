// <tags>fast | db</tags> and <excludedTags>slow</excludedTags>: only TaggedTest.fast() and
// TaggedTest.database() run; the others are filtered out, not reported as skipped. JUnit 5.14.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'
assert reportNames(reports) == ['com.acme.TaggedTest'] : "only TaggedTest has selected tests, reports: ${reportNames(reports)}"
def names = suite(reports, 'com.acme.TaggedTest').testcase.collect { it.@name.text() }.sort()
assert names == ['database', 'fast'] : "tags 'fast | db' without 'slow' select fast() and database(), reported: ${names}"
expectOutcome(reports, 'com.acme.TaggedTest', 'fast', 'passed')
expectOutcome(reports, 'com.acme.TaggedTest', 'database', 'passed')
['slow-database-ran', 'untagged-ran', 'slow-suite-ran'].each { expectNoMarker(it, 'a test the tag expressions filter out never runs') }
expectLog(buildLog, 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Stopped: 0', 'the totals')
expectBuild(buildLog, 'SUCCESS', 'the selected tests pass')
return true
