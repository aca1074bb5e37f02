// README 'CI shards': one project run as shards 1/2 and 2/2 (invocations 1, 2), combined by failfast:merge (3);
// a merge with a failing shard failing the build (4); shard 1 balanced by a timings file instead of
// test counts (5).
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def all = new File(basedir, 'src/test/java/com/acme').list().findAll { it.endsWith('.java') }
    .collect { 'com.acme.' + (it - '.java') }.sort()
def tests = { String dir -> reportNames(dir).collectMany { cls -> suite(dir, cls).testcase.collect { "${it.@classname}#${it.@name}" } } }
def together = { List<String> first, List<String> second, String what ->
  assert first.intersect(second).isEmpty() : "${what}: classes in both shards: ${first.intersect(second)}"
  assert (first + second).sort() == all : "${what}: the shards ran ${(first + second).sort()}, the project has ${all}"
  [['com.acme.PaymentsChargeTest', 'com.acme.PaymentsRefundTest'], ['com.acme.InventoryTest', 'com.acme.CheckoutTest']].each { group ->
    assert first.containsAll(group) || second.containsAll(group) : "${what}: group split between shards: ${group}"
  }
}

// Split by planned test counts: 'inventory' (6 tests, with CheckoutTest, whose nested class is a
// member) and 'payments' (5) apart, then TextTest (3), CalculatorTest (2), DatesTest (1).
def first = reportNames('target/shard-1')
def second = reportNames('target/shard-2')
together(first, second, 'counts')
assert first == ['com.acme.CalculatorTest', 'com.acme.CheckoutTest', 'com.acme.DatesTest', 'com.acme.InventoryTest']
def everyTest = tests('target/shard-1') + tests('target/shard-2')
assert everyTest.size() == 17 && everyTest.unique(false).size() == 17 : "every test once: ${everyTest}"
expectBuild(invocationLog(1), 'SUCCESS', 'shard 1/2')
expectLog(invocationLog(1), 'shard 1/2: 1 group, 4 classes, 9 tests (no timings: split by planned test count)', 'shard 1/2 line')
expectLog(invocationLog(1), "No timings: no earlier run's summary at", 'shard 1/2 says why it has no timings')
expectLog(invocationLog(2), 'shard 2/2: 1 group, 3 classes, 8 tests (no timings: split by planned test count)', 'shard 2/2 line')
println invocationLog(1).readLines().find { it.contains('shard 1/2:') }
println invocationLog(2).readLines().find { it.contains('shard 2/2:') }
assert summaryOf('target/shard-1').shard == '1/2'
assert summaryOf('target/shard-1').classes*.name == first

// failfast:merge: one table, one verdict, and a summary with every class's time (the next timings).
def merge = invocationLog(3)
expectBuild(merge, 'SUCCESS', 'merge')
expectLog(merge, 'Tests run: 9, Failures: 0, Errors: 0, Skipped: 0, Stopped: 0', 'merge: shard 1/2 counts')
expectLog(merge, 'Tests run: 8, Failures: 0, Errors: 0, Skipped: 0, Stopped: 0', 'merge: shard 2/2 counts')
expectLog(merge, 'Tests run: 17, Failures: 0, Errors: 0, Skipped: 0, Stopped: 0', 'merge: the combined counts')
assert merge =~ /(?m)^\[INFO\] inventory +passed +5 / : 'merge: the group table names inventory'
assert merge =~ /(?m)^\[INFO\] payments +passed +5 / : 'merge: the group table names payments'
def merged = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/failfast-merged-summary.json'))
assert merged.shard == null && merged.totals.tests == 17 && merged.classes*.name == all

// A shard whose test failed fails the merge, as it failed the run.
def failingMerge = invocationLog(4)
expectBuild(failingMerge, 'FAILURE', 'merge of a failing shard')
expectLog(failingMerge, 'Tests run: 17, Failures: 1, Errors: 0, Skipped: 0, Stopped: 0', 'merge: counts with the failure')
expectLog(failingMerge, 'There are test failures: 1 failed, 0 in error', 'merge: the verdict')

// Timings in which DatesTest takes a minute: it runs alone in shard 1.
assert reportNames('target/timed-1') == ['com.acme.DatesTest'] :
    "timings: shard 1/2 should run DatesTest alone, ran ${reportNames('target/timed-1')}"
expectLog(invocationLog(5), 'shard 1/2: 0 groups, 1 class, ~60.0 s expected', 'timed shard 1/2 line')
return true
