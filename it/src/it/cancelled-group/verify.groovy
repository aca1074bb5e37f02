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
return true
