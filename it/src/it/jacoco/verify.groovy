// JaCoCo's prepare-agent sets argLine; <argLine>-Dfrom.argline=yes @{argLine}</argLine> hands it
// to the test JVM when the tests run. DiscountTest.runsWithTheAgent() checks the agent from inside.
// Invocation 3: so does <argLine>${argLine} -Dfrom.argline=yes</argLine> under failfast:run.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

[1: 'target/jacoco-run.exec', 2: 'target/jacoco.exec', 3: 'target/jacoco-early.exec'].each { n, exec ->
  def log = invocationLog(n)
  expectBuild(log, 'SUCCESS', "invocation ${n}: the tests pass with the agent")
  expectLog(log, 'jacoco-maven-plugin:0.8.14:prepare-agent (agent)', "invocation ${n}: prepare-agent ran")
  expectLog(log, 'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Stopped: 0', "invocation ${n}: the totals")
  File file = new File(basedir, exec)
  assert file.isFile() && file.length() > 0 : "invocation ${n}: the agent wrote no coverage to ${exec}"
  assert file.bytes.length > 0 && new String(file.bytes, 'ISO-8859-1').contains('com/acme/Discount') :
      "invocation ${n}: ${exec} has no coverage of com.acme.Discount"
}
expectLog(invocationLog(2), '--- failfast-maven-plugin:0.1.0-SNAPSHOT:test (failfast) @ jacoco ---', 'invocation 2: failfast:test from the pom')
expectOutcome('target/surefire-reports', 'com.acme.DiscountTest', 'runsWithTheAgent', 'passed')
return true
