// failfast:help; Surefire's additionalClasspathElements and classpathDependencyExcludes taken
// over; Surefire's <groups> in failfast's block gets an error that says where it belongs.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def log = invocationLog(1)
expectBuild(log, 'SUCCESS', 'invocation 1: failfast:help')
['failfast:help', 'failfast:integration-test', 'failfast:run', 'failfast:test', 'failfast:verify'].each {
  expectLog(log, it, "invocation 1: help lists ${it}")
}

log = invocationLog(2)
expectBuild(log, 'SUCCESS', 'invocation 2: failfast:help -Ddetail -Dgoal=run')
expectLog(log, 'inheritSurefire (Default: true)', 'invocation 2: a parameter with its default')
expectLog(log, 'User property: failfast.inheritSurefire', 'invocation 2: a parameter with its user property')
expectLog(log, "Fail-fast groups set up in the pom (not Surefire's groups, which are tags:",
    'invocation 2: the groups parameter says what it is')
expectLog(log.replaceAll(/\s+/, ' '), 'Each group element has a name, includes (class patterns that assign classes to it),'
    + ' parallel, fatal and nonFatal.', 'invocation 2: the groups parameter names its elements')

log = invocationLog(3)
expectBuild(log, 'SUCCESS', 'invocation 3: the classpath settings are taken over')
expectLog(log, 'Taken from maven-surefire-plugin: additionalClasspathElements, classpathDependencyExcludes',
    'invocation 3: the console names them')
assert reportOutcomes('target/surefire-reports')['com.acme.ClasspathTest'].tests ==
    [additionalClasspathElements: 'passed', classpathDependencyExcludes: 'passed'] : 'the test JVM sees both'

log = invocationLog(4)
expectBuild(log, 'FAILURE', 'invocation 4: <groups>fast</groups> in failfast\'s block')
expectLog(log, "groups: <groups>fast</groups> is a Surefire-style tag expression, but failfast's <groups> defines"
    + ' fail-fast groups, such as <groups><group><name>db</name>', 'invocation 4: the error says what <groups> is')
expectLog(log, 'put a JUnit tag expression in <tags>fast</tags> instead', 'invocation 4: the error says the fix')
expectNoLog(log, 'Cannot find default setter', 'invocation 4: not Maven\'s own error')

log = invocationLog(5)
expectBuild(log, 'SUCCESS', "invocation 5: Surefire's <jvm>")
def taken = log.readLines().find { it.contains('Taken from maven-surefire-plugin: ') }
assert taken != null && taken.contains('jvm') && taken.contains('environmentVariables') :
    "invocation 5: the console names jvm and environmentVariables as taken over: ${taken}"
def used = new File(basedir, 'target/jvm-used.txt')
assert used.isFile() && used.text.contains('started with @') : "invocation 5: the test JVM was started by ${used}'s java"
assert reportOutcomes('target/surefire-reports')['com.acme.ClasspathTest'].tests ==
    [additionalClasspathElements: 'passed', classpathDependencyExcludes: 'passed'] : 'invocation 5: the tests ran in it'
return true
