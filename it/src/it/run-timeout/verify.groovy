// <timeout>20s</timeout>: BHangingTest.hangs() waits two minutes; after 20 s the test JVM is ended.
// (The run timeout counts from before the test JVM starts: 5 s was too little on a loaded machine.)
// AQuickTest keeps its pass, hangs() is an error, CLaterTest (never started) is stopped, and the
// build fails saying the run timed out.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'
def how = 'the test JVM was ended after the run timeout of 20 s expired'
expectOutcome(reports, 'com.acme.AQuickTest', 'quick', 'passed')
expectOutcome(reports, 'com.acme.BHangingTest', 'hangs', 'error', "while this test was running, ${how}")
expectOutcome(reports, 'com.acme.CLaterTest', 'later', 'stopped', "stopped: before this test started, ${how}")
expectNoMarker('hang-returned', 'the run ended without waiting for hangs()')
expectNoMarker('later-ran', 'CLaterTest never started')
expectLog(buildLog, "The test run timed out: ${how}", 'the build says the run timed out')
expectLog(buildLog, 'Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Stopped: 1', 'the totals')
expectBuild(buildLog, 'FAILURE', 'the timeout fails the build')
return true
