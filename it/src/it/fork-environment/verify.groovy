// The test JVM's environment: every EnvironmentTest test checks one setting from inside.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'
['systemPropertyVariables', 'environmentVariables', 'workingDirectory', 'argLine', 'userPropertiesOfTheBuild'].each {
  expectOutcome(reports, 'com.acme.EnvironmentTest', it, 'passed')
}
assert new File(basedir, 'target/work').isDirectory() : 'the working directory is created'
expectBuild(buildLog, 'SUCCESS', 'the tests pass')
return true
