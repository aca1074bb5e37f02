// docs/rules.md G9 with a pom group: <group><name>db</name><parallel>false</parallel> runs the group one test at
// a time, including AuditTest, which joins 'db' through @FailFastGroup("db") without a parallel
// setting of its own. The two tests meet (both arrive within a second) only if they run together.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'
assert suiteProperty(reports, 'com.acme.db.InventoryDbTest', 'failfast.group') == 'db'
assert suiteProperty(reports, 'com.acme.AuditTest', 'failfast.group') == 'db'
expectNoMarker('met', "the pom says 'db' runs one test at a time, but AuditTest.trail() and InventoryDbTest.stock() ran at once")
expectOutcome(reports, 'com.acme.db.InventoryDbTest', 'stock', 'passed')
expectOutcome(reports, 'com.acme.AuditTest', 'trail', 'passed')
expectBuild(buildLog, 'SUCCESS', 'the tests pass')
return true
