// docs/rules.md G1: each failing test cancels exactly the group its class belongs to, through a superclass
// ('checkout'), a meta-annotation ('search'), two files naming one group ('shipping') and an
// enclosing class ('accounts'); the @Nested class naming its own group ('audit') is untouched.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'
def cancelled = { String group, String failing, String member, String message ->
  def cause = "group '${group}' cancelled by fatal failure in com.acme.${failing}: IllegalStateException: ${message}"
  def (failingClass, failingTest) = failing.split(/\.(?=[^.]+\(\))/)
  def (memberClass, memberTest) = member.split(/\.(?=[^.]+\(.*\))/)
  expectOutcome(reports, "com.acme.${failingClass}", failingTest - '()', 'error', message) // Surefire's name
  expectOutcome(reports, "com.acme.${memberClass}", memberTest, 'stopped', "stopped: ${cause}")
  [failingClass, memberClass].each { cls ->
    assert suiteProperty(reports, "com.acme.${cls}", 'failfast.group') == group :
        "${cls} should belong to '${group}' (docs/rules.md G1), its report says ${suiteProperty(reports, "com.acme.${cls}", 'failfast.group')}"
  }
  def summary = groupSummary(reports, group)
  assert summary.outcome == 'cancelled' && summary.totals.stopped == 1 && summary.totals.errors == 1 :
      "group '${group}': expected cancelled with 1 error and 1 stopped, was ${summary.outcome} ${summary.totals}"
}
cancelled('checkout', 'CartTest.addItem()', 'PaymentStepTest.pay(GroupSignal)', 'cart service down')
cancelled('search', 'IndexTest.rebuild()', 'QueryTest.find(GroupSignal)', 'index corrupt')
cancelled('shipping', 'ShippingQuoteTest.quote()', 'ShippingLabelTest.label(GroupSignal)', 'carrier API down')
cancelled('accounts', 'AccountTest$Login.password()', 'AccountTest.profile(GroupSignal)', 'identity provider down')

expectOutcome(reports, 'com.acme.AccountTest$Audit', 'trail(GroupSignal)', 'passed')
// Its tests are in AccountTest's report (as Surefire 3 files @Nested classes), so the summary says its group.
assert groupSummary(reports, 'audit').totals.tests == 1 : 'AccountTest.Audit names its own group'
assert groupSummary(reports, 'audit').outcome == 'passed' : "'audit' is not touched by the cancellation of 'accounts'"

expectLog(buildLog, 'Tests run: 9, Failures: 0, Errors: 4, Skipped: 0, Stopped: 4', 'the totals (docs/rules.md G10)')
expectBuild(buildLog, 'FAILURE', 'the failures fail the build')
return true
