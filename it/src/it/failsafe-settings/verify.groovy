// failfast:integration-test takes Failsafe's configuration over, never Surefire's (which says
// otherwise for each setting): includes, argLine, systemPropertyVariables, environmentVariables,
// and no excludedGroups. 2 and 3: Failsafe's user properties it.failIfNoSpecifiedTests and
// failsafe.exitTimeout. 4: -DexcludedGroups=slow leaves the tagged test out.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def settings = 'stage=integration argLine=integration env=integration'
def reports = 'target/failsafe-reports'

// 1: every setting from Failsafe's block, named in one line.
def log1 = invocationLog(1)
def taken = log1.readLines().find { it.startsWith('[INFO] Taken from maven-failsafe-plugin: ') }
assert taken != null : 'invocation 1: the settings are taken over from Failsafe, and the build says so'
['includes', 'argLine', 'systemPropertyVariables', 'environmentVariables'].each {
  assert taken.contains(it) : "invocation 1: ${it} is taken over from Failsafe: ${taken}"
}
expectNoLog(log1, 'Taken from maven-surefire-plugin', 'invocation 1: nothing is taken from Surefire')
expectLog(log1, settings, "invocation 1: the test JVM got Failsafe's settings")
assert log1 =~ /Tests run: 3, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* -- in com\.acme\.StageCheck/ :
    "invocation 1: StageCheck ran all three tests: Surefire's excludedGroups (network) is not Failsafe's"
expectLog(log1, 'Tests run: 3, Failures: 0, Errors: 0, Skipped: 0', 'invocation 1: StageCheck alone ran')
expectBuild(log1, 'SUCCESS', 'invocation 1')

// 2: Failsafe's older property name lets an -Dit.test that matches nothing pass.
def log2 = invocationLog(2)
expectLog(log2, 'No tests matched', 'invocation 2: the build says no test matched')
expectBuild(log2, 'SUCCESS', 'invocation 2: -Dit.failIfNoSpecifiedTests=false')

// 3: -Dfailsafe.exitTimeout=1: the test JVM a shutdown hook holds is ended after 1 s, not 30.
def log3 = invocationLog(3)
expectLog(log3, 'The test JVM did not exit within 1 s of its last event and was ended', "invocation 3: Failsafe's exitTimeout")
expectLog(log3, 'holds-the-exit', 'invocation 3: the warning names the hook that held the exit')
expectBuild(log3, 'SUCCESS', 'invocation 3')

// 4: the reports are Failsafe's, of the *Check classes alone, without the test tagged slow.
def log4 = invocationLog(4)
assert reportNames(reports) == ['com.acme.StageCheck'] :
    "invocation 4: Failsafe's includes (**/*Check.java) replace its defaults (*IT) and Surefire's (*Test): ${reportNames(reports)}"
assert !new File(basedir, 'target/surefire-reports').exists() : 'integration-test reports to failsafe-reports only'
expectOutcome(reports, 'com.acme.StageCheck', 'printsItsSettings', 'passed')
expectOutcome(reports, 'com.acme.StageCheck', 'reachesTheNetwork', 'passed')
assert suite(reports, 'com.acme.StageCheck').testcase.collect { it.@name.text() }.sort() ==
    ['printsItsSettings', 'reachesTheNetwork'] : 'invocation 4: -DexcludedGroups=slow leaves takesLong out'
def printed = suite(reports, 'com.acme.StageCheck').testcase.find { it.@name.text() == 'printsItsSettings' }.'system-out'.text()
assert printed.contains(settings) : "invocation 4: the report keeps what the test printed: ${printed}"
expectLog(log4, 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0', 'invocation 4: two tests ran')
expectBuild(log4, 'SUCCESS', 'invocation 4')
return true
