// docs/reports.md "Names as Surefire's": failfast's reports carry over a Surefire user's test history. The same project ran under
// maven-surefire-plugin 3.5.4 (target/surefire-side) and under failfast:run (target/surefire-reports):
// per report file, the same (classname, name) pairs with the same outcome.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def surefire = 'target/surefire-side'
def failfast = 'target/surefire-reports'

assert !reportNames(surefire).isEmpty() : 'Surefire wrote no report: the first invocation did not run it'
assert reportNames(failfast) == reportNames(surefire) :
    "the report files differ: Surefire wrote ${reportNames(surefire)}, failfast ${reportNames(failfast)}"

/** classname | name -> outcome of every test case of a report. */
def cases = { String dir, String cls ->
  suite(dir, cls).testcase.collectEntries { t ->
    ["${t.@classname.text()} | ${t.@name.text()}".toString(), outcomeOf(dir, cls, t.@name.text()).kind]
  }
}
// Among them: a disabled @ParameterizedTest is one skipped test, and a test in no group passes its
// non-daemon thread check, in both.
assert cases(failfast, 'com.acme.InvocationsTest')['com.acme.InvocationsTest | disabled(int)'] == 'skipped'
assert cases(failfast, 'com.acme.PlainTest')['com.acme.PlainTest | runsOnANonDaemonThread'] == 'passed'
reportNames(surefire).each { cls ->
  def expected = cases(surefire, cls)
  def actual = cases(failfast, cls)
  assert actual.keySet() == expected.keySet() :
      "${cls}: the test cases differ.\n  only Surefire's: ${expected.keySet() - actual.keySet()}\n" +
      "  only failfast's: ${actual.keySet() - expected.keySet()}"
  assert actual == expected : "${cls}: the outcomes differ: Surefire ${expected}, failfast ${actual}"
}
// Each suite's <properties> carries the test JVM's system properties, as Surefire's does.
def properties = { String dir, String cls ->
  suite(dir, cls).properties.property.collectEntries { [(it.@name.text()): it.@value.text()] }
}
reportNames(surefire).each { cls ->
  def expected = properties(surefire, cls).subMap(['java.version', 'java.home', 'os.name', 'basedir', 'user.dir'])
  assert expected.size() == 5 : "${cls}: Surefire's report lacks a system property this check compares: ${expected}"
  assert properties(failfast, cls).subMap(expected.keySet()) == expected : "${cls}: the system properties differ"
}
// (A suite's own counts are not compared: Surefire's report of a class with @Nested classes says
// tests="0", the counts of the last nested class it finished; failfast's count the file's tests.)

// The console: the same totals, and the Results block names the same failures the same way.
def results = { String log ->
  def block = log.substring(log.indexOf('[INFO] Results:'))
  block.substring(0, block.indexOf('[ERROR] Tests run:')).readLines().findAll { it.startsWith('[ERROR]') }
}
def surefireLog = invocationLog(1)
def failfastLog = invocationLog(2)
assert results(failfastLog) == results(surefireLog) : "the Results block differs from Surefire's"
expectLog(surefireLog, '[ERROR] Tests run: 22, Failures: 1, Errors: 2, Skipped: 3\n', "Surefire's totals")
expectLog(failfastLog, '[ERROR] Tests run: 22, Failures: 1, Errors: 2, Skipped: 3, Stopped: 0', "failfast's totals")
// Each failure's stack trace when its class ends, as Surefire prints it (not trimmed by default),
// up to the test's own frame: below it are the frames of the thread that ran it, which differ
// (failfast runs tests on JUnit's concurrent executor).
def trace = { String log, String test ->
  def lines = log.readLines()
  int header = lines.findIndexOf { it.startsWith("[ERROR] ${test} -- Time elapsed: ") }
  assert header >= 0 : "no console line for the failure of ${test}"
  def body = lines.subList(header + 1, lines.size()).takeWhile { !it.isEmpty() && !it.startsWith('[') }
  body.subList(0, body.findIndexOf { it.contains('at com.acme.') } + 1)
}
['com.acme.PlainTest.errs', 'com.acme.PlainTest.fails'].each {
  assert trace(failfastLog, it) == trace(surefireLog, it) : "${it}: the console's stack trace differs from Surefire's"
}
expectLog(failfastLog, '[ERROR] com.acme.OuterTest.named -- Time elapsed: ', "a nested test under its report's class")

// The comparison above holds only if the project covers what it is for: check a few names.
def names = reportNames(failfast).collectMany { cls -> cases(failfast, cls).keySet() as List }
['com.acme.PlainTest | testToString', 'com.acme.PlainTest | withInfo(TestInfo)',
 'com.acme.InvocationsTest | testX(Locale)[1]', 'com.acme.InvocationsTest | repeated()[2]',
 'com.acme.OuterTest$Inner$Deeper | deep'].each {
  assert names.contains(it) : "expected the test case '${it}' in failfast's reports, found ${names}"
}
// Invocation 3, redirectTestOutputToFile: the output goes to the class's file, as Surefire's does.
File redirected = new File(basedir, "${failfast}/com.acme.PlainTest-output.txt")
assert redirected.isFile() && redirected.text == 'printed by testToString' + System.lineSeparator() :
    "redirectTestOutputToFile: PlainTest's output belongs in ${redirected}"
return true
