// failfast:test bound in the pom (no phase given: its default, test) runs the tests under
// `mvn verify`, after test-compile and before package; Surefire is skipped.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'
expectOutcome(reports, 'com.acme.BasketTest', 'adds', 'passed')
expectOutcome(reports, 'com.acme.BasketTest', 'startsEmpty', 'passed')
expectOutcome(reports, 'com.acme.PlainTest', 'works', 'passed')

def goal = '--- failfast-maven-plugin:0.1.0-SNAPSHOT:test (failfast) @ goal-test ---'
expectLog(buildLog, goal, 'failfast:test ran from its binding in the pom')
def order = ['maven-compiler-plugin:3.14.1:testCompile', 'maven-surefire-plugin:3.5.4:test', 'failfast-maven-plugin:0.1.0-SNAPSHOT:test',
    'maven-jar-plugin:3.4.2:jar'].collect { buildLog.indexOf("--- ${it}") }
assert order.every { it >= 0 } && order == order.sort(false) :
    "testCompile, surefire:test, failfast:test and jar should run in lifecycle order, found at ${order}"
expectLog(buildLog, 'Tests run: 3, Failures: 0, Errors: 0, Skipped: 0, Stopped: 0', 'the totals')
assert new File(basedir, 'target/goal-test-1.0.jar').isFile() : 'the build went on to package after the tests'
expectBuild(buildLog, 'SUCCESS', 'the tests pass')
return true
