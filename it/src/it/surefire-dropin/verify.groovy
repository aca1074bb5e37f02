// failfast:run on a Surefire-only project gives what mvn test gives: the same classes, counts and
// outcomes, from Surefire's settings taken over (argLine, properties, environment, working
// directory, includes/excludes, excludedGroups, configurationParameters) and assertions enabled.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def surefire = 'target/surefire-real'
def failfast = 'target/surefire-reports'
expectBuild(invocationLog(1), 'SUCCESS', 'invocation 1: Surefire runs, failures ignored')
expectLog(invocationLog(1), 'maven-surefire-plugin:3.5.4:test', 'invocation 1 is Surefire\'s')
def log = invocationLog(2)
expectBuild(log, 'SUCCESS', 'invocation 2: failfast:run, failures ignored')
expectNoLog(log, 'maven-surefire-plugin:3.5.4:test', 'invocation 2: Surefire does not run')

def outcomes = expectSameOutcomes(surefire, failfast, 'Surefire and failfast')
assert outcomes.keySet() == ['com.acme.EnvironmentTest', 'com.acme.LedgerCheck', 'com.acme.TaggedTest'] as Set :
    "includes/excludes select the classes: ${outcomes.keySet()}"
assert outcomes['com.acme.EnvironmentTest'].tests ==
    [argLine: 'passed', systemPropertyVariables: 'passed', environmentVariables: 'passed',
     workingDirectory: 'passed', assertionsAreEnabled: 'failed'] : "${outcomes['com.acme.EnvironmentTest']}"
assert outcomes['com.acme.TaggedTest'].tests == [fast: 'passed'] : 'excludedGroups leaves the slow test out'
assert outcomes['com.acme.LedgerCheck'].tests == [balances: 'passed', runsDespiteDisabled: 'passed'] :
    'the configuration parameters reach JUnit'
def assertTest = suite(failfast, 'com.acme.EnvironmentTest').testcase.find { it.@name.text().startsWith('assertionsAreEnabled') }
assert assertTest.failure.@message.text() == 'a price is never negative' : 'the assert statement in main code failed'

expectLog(log, '[INFO] Taken from maven-surefire-plugin: argLine, systemPropertyVariables, environmentVariables,'
    + ' workingDirectory, includes, excludes, excludedGroups, configurationParameters\n',
    'one line names what failfast took over')
return true
