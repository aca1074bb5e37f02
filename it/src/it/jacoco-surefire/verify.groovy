// With no argLine anywhere (invocation 1), failfast:run hands the test JVM the argLine property
// JaCoCo's prepare-agent set in the forked lifecycle, as Surefire would: the agent runs and writes
// coverage. Invocation 2: Surefire's <argLine>${argLine} -Dfrom.surefire=yes</argLine> is evaluated
// where the tests run, after prepare-agent set argLine, as Surefire evaluates it. Invocation 3:
// prepare-agent bound to process-test-classes (Apache Commons' binding) still runs before the tests.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'
def exec = new File(basedir, 'target/jacoco.exec')
invocationLogs().eachWithIndex { log, i ->
  def what = "invocation ${i + 1}"
  expectBuild(log, 'SUCCESS', "${what}: the tests pass with the agent")
  expectLog(log, 'jacoco-maven-plugin:0.8.14:prepare-agent (agent)', "${what}: prepare-agent ran in the forked lifecycle")
}
assert invocationLogs().size() == 3 : 'all three invocations ran'
expectLog(invocationLog(2), 'Taken from maven-surefire-plugin: argLine', "invocation 2: Surefire's argLine is taken over")

// The reports of invocation 3, the last one, which also has Surefire's argLine.
assert reportOutcomes(reports)['com.acme.RoundingTest'].tests ==
    [roundsToCents: 'passed', theAgentIsLoaded: 'passed'] : 'the test JVM runs with the agent'
assert suiteProperty(reports, 'com.acme.RoundingTest', 'from.surefire') == 'yes' :
    "invocations 2 and 3: the rest of Surefire's argLine reached the test JVM"
assert exec.isFile() && exec.length() > 0 : 'the agent wrote no coverage to target/jacoco.exec'
assert new String(exec.bytes, 'ISO-8859-1').contains('com/acme/Rounding') : 'jacoco.exec has no coverage of com.acme.Rounding'
def late = new File(basedir, 'target/jacoco-late.exec')
assert late.isFile() && new String(late.bytes, 'ISO-8859-1').contains('com/acme/Rounding') :
    'invocation 3: the agent prepared in process-test-classes wrote coverage'
return true
