// Surefire's dependenciesToScan, taken over: app runs suite's shipped test beside its own.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

expectBuild(buildLog, 'SUCCESS', 'the tests pass')
expectLog(buildLog, 'Taken from maven-surefire-plugin: dependenciesToScan', 'the console names what was taken over')
def app = reportOutcomes('app/target/surefire-reports')
assert app.keySet() == ['com.acme.app.AppTest', 'com.acme.suite.SharedContractTest'] as Set :
    "app runs its own test and the scanned one, not Helper: ${app.keySet()}"
assert app['com.acme.suite.SharedContractTest'].tests == [holds: 'passed']
assert reportNames('suite/target/surefire-reports').isEmpty() : 'suite has no tests of its own'
return true
