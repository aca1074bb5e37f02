// Surefire's switches taken over from its configuration, each as `mvn test` would honour it;
// its skipTests is not, since a project that hands its tests to failfast sets it to keep Surefire out.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

// 1: testFailureIgnore and reportsDirectory.
def log1 = invocationLog(1)
def taken = log1.readLines().find { it.startsWith('[INFO] Taken from maven-surefire-plugin: ') }
assert taken != null && taken.contains('testFailureIgnore') && taken.contains('reportsDirectory') :
    "invocation 1: testFailureIgnore and reportsDirectory are taken over: ${taken}"
def reports = 'target/test-reports'
expectOutcome(reports, 'com.acme.FailingTest', 'fails', 'failed', 'the sum')
expectOutcome(reports, 'com.acme.PassingTest', 'passes', 'passed')
assert !reportNames('target/surefire-reports').contains('com.acme.FailingTest') :
    "invocation 1: the reports go to Surefire's reportsDirectory only"
expectLog(log1, 'Tests run: 3, Failures: 1, Errors: 0, Skipped: 0', 'invocation 1: the failure is counted')
expectLog(log1, 'There are test failures; testFailureIgnore (maven.test.failure.ignore) is set, so the build goes on',
    'invocation 1: the build says why it goes on')
expectBuild(log1, 'SUCCESS', 'invocation 1: testFailureIgnore keeps the build green')

// 2: Surefire's skipTests keeps Surefire out, not failfast.
def log2 = invocationLog(2)
expectNoLog(log2, 'Tests are skipped.', "invocation 2: Surefire's skipTests does not skip failfast")
expectLog(log2, 'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0', 'invocation 2: the test ran')
expectOutcome('target/skip-reports', 'com.acme.PassingTest', 'passes', 'passed')
expectBuild(log2, 'SUCCESS', 'invocation 2')

// 3: forkedProcessTimeoutInSeconds.
def log3 = invocationLog(3)
def how = 'the test JVM was ended after the run timeout of 3 s expired'
// Error while it ran, or stopped when a loaded machine took the 3 s to start the test JVM (the
// limit counts from before its start, as Surefire's does).
def slept = outcomeOf('target/surefire-reports', 'com.acme.SleepingTest', 'sleeps')
assert slept.kind in ['error', 'stopped'] && slept.message.endsWith(how) : "invocation 3: the timeout ended the test: ${slept}"
expectLog(log3, "The test run timed out: ${how}", 'invocation 3: the build says the run timed out')
expectBuild(log3, 'FAILURE', 'invocation 3')
return true
