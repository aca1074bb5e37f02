// maven-surefire-report-plugin (report-only) renders failfast's XML reports as HTML: the stopped
// tests appear, as skipped, with their "stopped: …" message, whether a fatal failure cancelled
// their group ('payments') or a test cancelled it on purpose ('backend').
def log = new File(basedir, 'build.log').text
def invocations = log.split(/(?m)^(?=\[INFO\] Scanning for projects\.\.\.)/).findAll { it.contains('Scanning for projects') }
assert invocations.size() == 2 : "expected 2 Maven invocations, the log has ${invocations.size()}"
assert invocations[0].contains('Tests run: 6, Failures: 0, Errors: 1, Skipped: 0, Stopped: 3') : 'failfast:run totals'
assert invocations[0].contains('BUILD FAILURE') : 'failfast:run fails for the fatal failure'
assert invocations[1].contains('maven-surefire-report-plugin:3.6.0:report-only') : 'report-only ran'
assert invocations[1].contains('BUILD SUCCESS') : 'report-only succeeds'

// Maven 3.9 and 4 render reports to target/reports, earlier ones to target/site.
def html = ['target/reports/surefire.html', 'target/site/surefire.html', 'target/reports/surefire-report.html',
            'target/site/surefire-report.html'].collect { new File(basedir, it) }.find { it.isFile() }
assert html != null : "no surefire HTML report in ${new File(basedir, 'target').list() as List}"
String page = html.text
        .replace('&#39;', "'").replace('&apos;', "'").replace('&quot;', '"')
        .replace('&lt;', '<').replace('&gt;', '>').replace('&amp;', '&')

// The summary table: tests, errors, failures, skipped (stopped tests count as skipped).
def summary = (page =~ /(?s)<h2>Summary<\/h2>.*?<td>(\d+)<\/td>\s*<td>(\d+)<\/td>\s*<td>(\d+)<\/td>\s*<td>(\d+)<\/td>/)
assert summary.find() : 'no summary table in the HTML report'
assert [summary.group(1), summary.group(2), summary.group(3), summary.group(4)] == ['6', '1', '0', '3'] :
        "summary tests/errors/failures/skipped: ${[summary.group(1), summary.group(2), summary.group(3), summary.group(4)]}"

def payments = "stopped: group 'payments' cancelled by fatal failure in com.acme.PaymentsTest.charge(): IllegalStateException: gateway down"
def backend = "stopped: group 'backend' cancelled by com.acme.BackendTest.probe(GroupSignal): backend unavailable"
[['com.acme.PaymentsTest', 'refund', payments],
 ['com.acme.PaymentsTest', 'history', payments],
 ['com.acme.BackendTest', 'sync', backend]].each { cls, test, message ->
    String id = "${cls}.${test}" // the test's name as Surefire writes it: no "()", so no ".28.29"
    // The "Test Cases" section: the test's row with the warning (skipped) icon, then its message.
    int row = page.indexOf("id=\"TC_${id}\"")
    assert row >= 0 : "${cls}.${test}(): not in the HTML report's test cases"
    int next = page.indexOf('id="TC_', row + 1)
    String entry = page.substring(row, next < 0 ? page.length() : next)
    assert entry.contains("<td>${message}</td>") : "${cls}.${test}(): its row lacks '${message}': ${entry}"
    assert page.substring(page.lastIndexOf('<tr', row), row).contains('icon_warning_sml') :
            "${cls}.${test}(): not shown as skipped"
    // The "Failure Details" section lists it too, as skipped.
    int detail = page.indexOf("<a id=\"${id}\"></a>")
    assert detail >= 0 : "${cls}.${test}(): not in the HTML report's details"
    assert page.indexOf("skipped: ${message}", detail) > detail : "${cls}.${test}(): its details lack the message"
}
return true
