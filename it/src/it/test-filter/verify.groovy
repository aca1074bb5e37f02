// -Dtest in Surefire's syntax, one invocation each, reports in target/reports-<case>.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

/** The tests a case ran, as Class.method, from its reports. */
def ran = { String kase ->
  def dir = "target/reports-${kase}"
  reportNames(dir).collectMany { cls -> suite(dir, cls).testcase.collect { "${cls - 'com.acme.'}.${it.@name.text()}" } }.sort()
}
def expectRan = { int n, String kase, String filter, List<String> expected ->
  def actual = ran(kase)
  assert actual == expected.sort(false) : "invocation ${n}, -Dtest=${filter}: expected to run ${expected.sort(false)}, ran ${actual}"
  expectBuild(invocationLog(n), 'SUCCESS', "invocation ${n}, -Dtest=${filter}")
}

expectRan(1, 'method', 'OrderTest#charge', ['OrderTest.charge'])
expectRan(2, 'wildcards', 'Ord*#charge*', ['OrderTest.charge', 'OrderTest.chargeBack'])
expectRan(3, 'exclude', '*Test,!Slow*', ['OrderTest.charge', 'OrderTest.chargeBack', 'OrderTest.refund',
    'PaymentTest.pay', 'PaymentTest.payLater', 'admin.AdminTest.manage'])
expectRan(4, 'methods', 'OrderTest#charge+refund,com.acme.admin.*Test', ['OrderTest.charge', 'OrderTest.refund',
    'admin.AdminTest.manage'])

expectBuild(invocationLog(5), 'FAILURE', 'invocation 5: -Dtest=NoSuchTest matches no class')
expectLog(invocationLog(5), 'No test matched -Dtest=NoSuchTest; check the class and method names, or use wildcards', 'invocation 5: the reason')
expectNoReports('target/reports-noclass', 'invocation 5: -Dtest=NoSuchTest')
expectBuild(invocationLog(6), 'FAILURE', 'invocation 6: -Dtest=OrderTest#noSuchMethod matches no method')
expectLog(invocationLog(6), 'No test matched -Dtest=OrderTest#noSuchMethod', 'invocation 6: the reason')
return true
