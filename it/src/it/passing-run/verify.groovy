import groovy.xml.XmlSlurper

// A passing run: Surefire-style lines, one report per class, a summary naming the group.
def log = new File(basedir, 'build.log').text
assert log.contains('Running 5 tests in 2 classes; groups: inventory')
assert log.contains('Tests run: 5, Failures: 0, Errors: 0, Skipped: 1, Stopped: 0')
assert log.contains('BUILD SUCCESS')

def reports = new File(basedir, 'target/surefire-reports')
def calculator = new XmlSlurper().parse(new File(reports, 'TEST-com.acme.CalculatorTest.xml'))
assert calculator.@tests == '3'
assert calculator.@skipped == '1'
assert calculator.testcase.find { it.@name == 'divides' }.skipped.@message == 'not yet'

def inventory = new XmlSlurper().parse(new File(reports, 'TEST-com.acme.InventoryTest.xml'))
assert inventory.properties.property.find { it.@name == 'failfast.group' }.@value == 'inventory'
assert inventory.testcase.find { it.@name == 'reserves' }.'system-out'.text().contains('reserved')

def summary = new File(reports, 'failfast-summary.json').text
assert summary.contains('"name" : "inventory"')
assert summary.contains('"outcome" : "passed"')
return true
