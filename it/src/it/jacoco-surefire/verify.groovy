// With no argLine anywhere, failfast:run hands the test JVM the argLine property JaCoCo's
// prepare-agent set in the forked lifecycle, as Surefire would: the agent runs and writes coverage.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

expectBuild(buildLog, 'SUCCESS', 'the tests pass with the agent')
expectLog(buildLog, 'jacoco-maven-plugin:0.8.14:prepare-agent (agent)', 'prepare-agent ran in the forked lifecycle')
assert reportOutcomes('target/surefire-reports')['com.acme.RoundingTest'].tests ==
    [roundsToCents: 'passed', theAgentIsLoaded: 'passed'] : 'the test JVM runs with the agent'

File exec = new File(basedir, 'target/jacoco.exec')
assert exec.isFile() && exec.length() > 0 : 'the agent wrote no coverage to target/jacoco.exec'
assert new String(exec.bytes, 'ISO-8859-1').contains('com/acme/Rounding') : 'jacoco.exec has no coverage of com.acme.Rounding'
return true
