evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))
import groovy.xml.XmlSlurper

// A fatal failure cancels its group: the tests that never started are reported stopped, the
// ungrouped class is untouched, and the build fails for the failure alone.
def log = new File(basedir, 'build.log').text
def cause = "group 'payments' cancelled by fatal failure in com.acme.PaymentsTest.charge(): IllegalStateException: gateway down"
assert log.contains('Group ' + cause.substring('group '.length()))
assert log.contains('Tests run: 4, Failures: 0, Errors: 1, Skipped: 0, Stopped: 2')
assert log.contains('There are test failures: 0 failed, 1 in error')

def reports = new File(basedir, 'target/surefire-reports')
def payments = new XmlSlurper().parse(new File(reports, 'TEST-com.acme.PaymentsTest.xml'))
assert payments.@tests == '3'
assert payments.@errors == '1'
assert payments.@skipped == '2'
assert payments.properties.property.find { it.@name == 'failfast.stopped' }.@value == '2'
assert payments.properties.property.find { it.@name == 'failfast.cancelledBy' }.@value == cause
['refund', 'history'].each { name ->
  assert payments.testcase.find { it.@name == name }.skipped.@message.text().startsWith('stopped: ' + cause)
}
assert payments.testcase.find { it.@name == 'charge' }.error.@type == 'java.lang.IllegalStateException'

def catalog = new XmlSlurper().parse(new File(reports, 'TEST-com.acme.CatalogTest.xml'))
assert catalog.@tests == '1' && catalog.@errors == '0' && catalog.@skipped == '0'

def summary = new File(reports, 'failfast-summary.json').text
assert summary.contains('"outcome" : "cancelled"')
assert summary.contains('"cancelledBy" : "com.acme.PaymentsTest.charge()"')
// JUnit's Open Test Reporting listener, enabled through failfast's configurationParameters
// (README "Open Test Reporting"), writes its report where junit.platform.reporting.output.dir
// says: the stopped tests are there, with the stop message, and each grouped class reports
// its group. failfast runs the grouped and the ungrouped classes in two JUnit executions, each writing its
// own file: JUnit 5.9-5.11 name it junit-platform-events-N.xml, 5.12 and later open-test-report.xml
// in a directory of its own thanks to {uniqueNumber} (on 5.10, this project's, the directory's
// name keeps the placeholder).
def files = []
new File(basedir, 'target/open-test-report').eachFileRecurse { if (it.name.endsWith('.xml')) files << it }
assert files.size() == 2 : "one report per JUnit execution under target/open-test-report: ${files}"
def status = [:]
def reason = [:]
def skipReason = [:]
def groups = [:]
files.each { file ->
  def events = new XmlSlurper().parse(file)
  def names = [:]
  events.'*'.findAll { it.name() == 'started' }.each { names[it.@id.text()] = it.@name.text() }
  events.'*'.findAll { it.name() == 'reported' }.each {
    def entry = it.attachments.data.entry.find { it.@key == 'failfast.group' }
    if (entry.size() > 0) {
      groups[names[it.@id.text()]] = entry.text()
    }
  }
  events.'*'.findAll { it.name() == 'finished' }.each {
    status[names[it.@id.text()]] = it.result.@status.text()
    reason[names[it.@id.text()]] = it.result.throwable.text()
    skipReason[names[it.@id.text()]] = it.result.reason.text()
  }
}
assert status['charge()'] == 'FAILED' : "the failing test: ${status['charge()']}"
// A stopped test that had started is ABORTED with failfast's exception; one that had not is
// SKIPPED before JUnit starts it (stopped whole, docs/rules.md G4.1), the stop message its reason.
def stop = "stopped: group 'payments' cancelled by fatal failure in com.acme.PaymentsTest.charge()"
['refund()', 'history()'].each { name ->
  assert status[name] in ['ABORTED', 'SKIPPED'] : "${name}: stopped is ABORTED or SKIPPED, not ${status[name]}"
  def text = status[name] == 'ABORTED' ? reason[name] : skipReason[name]
  def expected = status[name] == 'ABORTED' ? 'dev.failfast.junit.TestStoppedException: ' + stop : stop
  assert text.startsWith(expected) : "${name} (${status[name]}): the stop message: ${text}"
}
assert status['lists()'] == 'SUCCESSFUL'
// Each grouped class reports its group as a report entry; the ungrouped class none.
assert groups == ['PaymentsTest': 'payments'] : "the failfast.group report entries: ${groups}"
// failfast's console leaves report entries out.
expectNoLog(buildLog, 'failfast.group', 'the console')
return true
