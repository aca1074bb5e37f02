// Under GitHub Actions: an ::error workflow command per failure at the test's own source line,
// a ::warning for the cancelled group, and the step summary; none of it with the switch off.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

/** The 1-based number of the one line of a test source that contains {@code text}. */
def lineOf = { String file, String text ->
  def lines = new File(basedir, "src/test/java/com/acme/${file}").readLines()
  def found = lines.findIndexValues { it.contains(text) }
  assert found.size() == 1 : "${file}: exactly one line contains '${text}'"
  found[0] + 1
}
/** Workflow commands: lines that start with '::', as the runner reads them. */
def commands = { String log -> log.readLines().findAll { it.startsWith('::') } }

def on = invocationLog(1)
def expected = [
    "::error file=src/test/java/com/acme/PaymentsTest.java,line=${lineOf('PaymentsTest.java', 'Gateway.charge();')},"
        + 'title=PaymentsTest.charge::java.lang.IllegalStateException: gateway down,%0A100%25 sure: retry later',
    "::error file=src/test/java/com/acme/CatalogTest.java,line=${lineOf('CatalogTest.java', 'assertEquals(3, 2')},"
        + 'title=CatalogTest.counts::catalog size ==> expected: <3> but was: <2>',
    "::error file=src/test/java/com/acme/CatalogTest.java,line=${lineOf('CatalogTest.java', 'assertEquals("tea"')},"
        + 'title=CatalogTest$Search.finds::expected: <tea> but was: <coffee>',
    "::warning title=failfast%3A group 'payments' cancelled::group 'payments' cancelled by fatal failure in"
        + ' com.acme.PaymentsTest.charge(): IllegalStateException: gateway down,;'
        + ' 2 tests stopped'].collect { it.toString() }
def printed = commands(on)
println 'Workflow commands the build printed:'
printed.each { println '  ' + it }
assert printed.toSorted() == expected.toSorted() : "the workflow commands:\n${printed.join('\n')}\nexpected:\n${expected.join('\n')}"

def summary = new File(basedir, 'target/step-summary.md').text
assert summary.count('### failfast: github-actions') == 1 : 'one summary, from the first build only'
assert summary.contains('**Tests run: 5, Failures: 2, Errors: 1, Skipped: 0, Stopped: 2**')
assert summary.contains('| payments | cancelled | 3 | 0 | 1 | 0 | 2 | com.acme.PaymentsTest.charge(): IllegalStateException: gateway down, |')
assert summary.contains("| com.acme.PaymentsTest.charge | src/test/java/com/acme/PaymentsTest.java:${lineOf('PaymentsTest.java', 'Gateway.charge();')} | java.lang.IllegalStateException: gateway down, |")
assert summary.contains("| com.acme.CatalogTest.counts | src/test/java/com/acme/CatalogTest.java:${lineOf('CatalogTest.java', 'assertEquals(3, 2')} | catalog size ==&gt; expected: &lt;3&gt; but was: &lt;2&gt; |")

def off = invocationLog(2)
expectLog(off, 'Tests run: 5, Failures: 2, Errors: 1, Skipped: 0, Stopped: 2', 'the same run with the switch off')
assert commands(off).isEmpty() : "no workflow command with failfast.githubActions=false: ${commands(off)}"
return true
