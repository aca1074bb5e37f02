// The stubborn test is stopped after its 2 s grace and the test JVM ended without it; the group
// that only the pom assigns ran beside it meanwhile: its tests fail if they run only after the
// stubborn test returned, as they did when the pom's classes ran in an execution after the rest.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))
def reports = 'target/surefire-reports'
expectOutcome(reports, 'com.acme.StubbornTest', 'failsOnceTheOtherRuns', 'error')
def stubborn = expectOutcome(reports, 'com.acme.StubbornTest', 'ignoresItsInterrupt', 'stopped')
assert stubborn.message.contains('did not stop within 2 s') : stubborn.message
['warms', 'evicts', 'expires'].each { expectOutcome(reports, 'com.acme.cache.CacheTest', it, 'passed') }
expectLog(buildLog, 'Tests run: 5, Failures: 0, Errors: 1, Skipped: 0, Stopped: 1', 'the totals')
def total = (buildLog =~ /Total time:\s+(.*)/)
println "stubborn test (grace 2 s) beside a pom-assigned group: Maven's total time ${total ? total[0][1] : '?'}"
return true
