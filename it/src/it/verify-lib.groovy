// Helpers the verify.groovy scripts share, loaded with
//   evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))
// (the projects are cloned to it/target/it/<name>). Every assertion names the test and the
// expectation, so a failing IT says which behaviour broke.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

/** The whole build.log: with several invocations (invoker.goals.N) their logs one after another. */
buildLog = new File(basedir, 'build.log').text

/** The log of each Maven invocation, in order: Maven starts each with "Scanning for projects...". */
invocationLogs = {
  buildLog.split(/(?m)^(?=\[INFO\] Scanning for projects\.\.\.)/).findAll { it.contains('Scanning for projects') }
}

/** The log of invocation {@code n} (1-based), failing clearly when Maven never ran it. */
invocationLog = { int n ->
  def logs = invocationLogs()
  assert logs.size() >= n : "invocation ${n} has no log: only ${logs.size()} Maven invocation(s) ran"
  logs[n - 1]
}

/** Asserts that a log contains a text; {@code what} says which expectation it is. */
expectLog = { String log, String text, String what ->
  assert log.contains(text) : "${what}: the build log lacks '${text}'"
}

expectNoLog = { String log, String text, String what ->
  assert !log.contains(text) : "${what}: the build log should not contain '${text}'"
}

/** The build result Maven printed last in a log: 'SUCCESS' or 'FAILURE'. */
expectBuild = { String log, String result, String what ->
  assert log.contains("BUILD ${result}") : "${what}: expected BUILD ${result}, the log says " +
      (log.contains('BUILD SUCCESS') ? 'BUILD SUCCESS' : log.contains('BUILD FAILURE') ? 'BUILD FAILURE' : 'neither')
}

/**
 * The parsed report of a test class; {@code dir} is relative to the project, such as
 * 'target/surefire-reports'. A nested class ('com.acme.Outer$Inner') is in its top-level class's
 * report, as Surefire 3 writes it.
 */
suite = { String dir, String cls ->
  String top = cls.contains('$') ? cls.substring(0, cls.indexOf('$')) : cls
  File file = new File(basedir, "${dir}/TEST-${top}.xml")
  assert file.isFile() : "${cls}: no report at ${dir}/TEST-${top}.xml (reports there: ${reportNames(dir)})"
  new XmlSlurper().parse(file)
}

/** The class names of the reports in a directory, sorted; empty when the directory does not exist. */
reportNames = { String dir ->
  File directory = new File(basedir, dir)
  (directory.listFiles() ?: [])*.name.findAll { it.startsWith('TEST-') && it.endsWith('.xml') }
      .collect { it - 'TEST-' - ~/\.xml$/ }.sort()
}

/** Asserts that nothing was reported: the directory does not exist or holds no file. */
expectNoReports = { String dir, String what ->
  File directory = new File(basedir, dir)
  assert !directory.exists() || directory.list().length == 0 :
      "${what}: no test should have run, but ${dir} holds ${directory.list() as List}"
}

/**
 * One test's outcome, as the report says: [kind: passed|failed|error|skipped|stopped, message,
 * type, text (the element's body: a stack trace)].
 */
outcomeOf = { String dir, String cls, String test ->
  def cases = suite(dir, cls).testcase.findAll { it.@name.text() == test && (!cls.contains('$') || it.@classname.text() == cls) }
  assert cases.size() == 1 : "${cls}.${test}: expected exactly one <testcase>, found ${cases.size()}" +
      " (the report has ${suite(dir, cls).testcase.collect { it.@name.text() }})"
  def t = cases[0]
  def child = ['failure', 'error', 'skipped'].collect { t."${it}" }.find { it.size() > 0 }
  if (child == null) {
    return [kind: 'passed', message: null, type: null, text: null]
  }
  String message = child.@message.text()
  String kind = child.name() == 'skipped' ? (message.startsWith('stopped') ? 'stopped' : 'skipped')
      : child.name() == 'failure' ? 'failed' : 'error'
  [kind: kind, message: message, type: child.@type.text(), text: child.text()]
}

/** Asserts a test's outcome and, when given, the start of its message; returns the outcome. */
expectOutcome = { String dir, String cls, String test, String kind, String messageStart = null ->
  def o = outcomeOf(dir, cls, test)
  assert o.kind == kind : "${cls}.${test}: expected ${kind}, but it was ${o.kind}" + (o.message ? ": ${o.message}" : '')
  if (messageStart != null) {
    assert o.message.startsWith(messageStart) :
        "${cls}.${test}: the ${kind} message should start with\n  '${messageStart}'\nbut was\n  '${o.message}'"
  }
  o
}

/** Asserts a suite's counts, e.g. [tests: 3, failures: 0, errors: 1, skipped: 2]. */
expectSuite = { String dir, String cls, Map counts ->
  def s = suite(dir, cls)
  counts.each { key, value ->
    assert s."@${key}".text() == "${value}" : "${cls}: expected ${key}=${value} in its report, was ${s."@${key}".text()}"
  }
  s
}

/** A suite property such as failfast.group; null when absent. */
suiteProperty = { String dir, String cls, String name ->
  def p = suite(dir, cls).properties.property.find { it.@name.text() == name }
  p.size() == 0 ? null : p.@value.text()
}

/** failfast-summary.json of a reports directory, parsed. */
summaryOf = { String dir ->
  File file = new File(basedir, "${dir}/failfast-summary.json")
  assert file.isFile() : "no run summary at ${dir}/failfast-summary.json"
  new JsonSlurper().parse(file)
}

/** The summary's entry for a group. */
groupSummary = { String dir, String name ->
  def group = summaryOf(dir).groups.find { it.name == name }
  assert group != null : "group '${name}' is missing from ${dir}/failfast-summary.json"
  group
}

/** Markers: files the tests write under target/markers to say what code ran. */
marker = { String name -> new File(basedir, "target/markers/${name}") }

expectMarker = { String name, String what ->
  assert marker(name).isFile() : "${what}: marker target/markers/${name} was not written"
  marker(name).text
}

expectNoMarker = { String name, String what ->
  assert !marker(name).exists() : "${what}: marker target/markers/${name} was written, so that code ran"
}

/**
 * Every report of a directory as [class: [counts: [tests, failures, errors, skipped], tests: [name: kind]]],
 * names without a trailing "()" so that Surefire's and failfast's reports of one suite compare equal.
 */
reportOutcomes = { String dir ->
  reportNames(dir).collectEntries { cls ->
    def s = suite(dir, cls)
    def counts = ['tests', 'failures', 'errors', 'skipped'].collectEntries { [(it): s."@${it}".text()] }
    def tests = s.testcase.collectEntries { t -> [(t.@name.text()): outcomeOf(dir, cls, t.@name.text()).kind] }
    [(cls): [counts: counts, tests: tests]]
  }
}

/** Asserts that two reports directories hold the same classes, counts and outcomes; returns the outcomes. */
expectSameOutcomes = { String expectedDir, String actualDir, String what ->
  def expected = reportOutcomes(expectedDir)
  def actual = reportOutcomes(actualDir)
  assert !expected.isEmpty() : "${what}: ${expectedDir} holds no report"
  assert actual.keySet() == expected.keySet() : "${what}: the classes differ: ${expectedDir} has ${expected.keySet()}, ${actualDir} has ${actual.keySet()}"
  expected.each { cls, e ->
    assert actual[cls] == e : "${what}: ${cls} differs: ${expectedDir} says ${e}, ${actualDir} says ${actual[cls]}"
  }
  actual
}
