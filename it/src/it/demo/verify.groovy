import groovy.xml.XmlSlurper

// The demo the README promises: 'payments' (two classes) is cancelled by one fatal failure and its
// other five tests are stopped, while 'catalog' passes untouched.
def log = new File(basedir, 'build.log').text
def cause = "group 'payments' cancelled by fatal failure in com.example.shop.PaymentsTest.chargeCard(): IllegalStateException: gateway down"
assert log.contains('Group ' + cause.substring('group '.length())) : 'no cancellation line in the log'
assert log.contains('Tests run: 9, Failures: 0, Errors: 1, Skipped: 0, Stopped: 5') : 'final totals line missing'

def reports = new File(basedir, 'target/surefire-reports')
def suite = { name -> new XmlSlurper().parse(new File(reports, "TEST-com.example.shop.${name}.xml")) }
def payments = suite('PaymentsTest')
def refunds = suite('RefundsTest')
assert payments.@errors == '1' && payments.@skipped == '2'
assert refunds.@errors == '0' && refunds.@skipped == '3'
[payments, refunds].each { s ->
  s.testcase.findAll { it.skipped.size() > 0 }.each { t ->
    assert t.skipped.@message.text().startsWith('stopped: ' + cause) : "${t.@name}: ${t.skipped.@message}"
  }
}
def catalog = suite('CatalogTest')
assert catalog.@tests == '3' && catalog.@errors == '0' && catalog.@failures == '0' && catalog.@skipped == '0'
return true
