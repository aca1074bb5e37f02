// Two modules of one reactor each run failfast:test (inherited from the parent), each with its
// own reports and summary; app's tests use core's classes.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

expectOutcome('core/target/surefire-reports', 'com.acme.core.MoneyTest', 'adds', 'passed')
expectOutcome('app/target/surefire-reports', 'com.acme.app.CartTest', 'totals', 'passed')
expectOutcome('app/target/surefire-reports', 'com.acme.app.CartTest', 'startsEmpty', 'passed')
assert summaryOf('core/target/surefire-reports').groups*.name == ['money'] : "core's summary has its own group only"
assert summaryOf('app/target/surefire-reports').groups*.name == ['cart'] : "app's summary has its own group only"
['core', 'app'].each {
  expectLog(buildLog, "--- failfast-maven-plugin:0.1.0-SNAPSHOT:test (failfast) @ ${it} ---", "failfast:test ran in module ${it}")
}
assert !new File(basedir, 'target/surefire-reports').exists() : 'the parent (pom packaging) has no tests'
expectLog(buildLog, 'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Stopped: 0', "core's totals")
expectLog(buildLog, 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Stopped: 0', "app's totals")
expectBuild(buildLog, 'SUCCESS', 'both modules pass')
return true
