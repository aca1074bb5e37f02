// 100 MB of test output through a 128 MB build JVM: nothing is lost, the heap stays bounded.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))
expectBuild(buildLog, 'SUCCESS', 'the loud tests pass')
expectLog(buildLog, 'Tests run: 20, Failures: 0, Errors: 0, Skipped: 0', 'every repetition is reported')
(1..20).each { n -> expectLog(buildLog, "end of repetition ${n}\n", "repetition ${n}'s output reached the console") }

def suite = suite('target/surefire-reports', 'com.acme.LoudTest')
assert suite.testcase.size() == 20
suite.testcase.each { t ->
  String out = t.'system-out'.text()
  assert out.length() >= 5_000_000 : "${t.@name}: its 5 MB of output is in its report, not ${out.length()} chars"
  assert out.contains('end of repetition') : "${t.@name}: its output is whole"
}

// The peak heap the build JVM used, from its GC log: the largest heap before a collection.
def peaks = new File(basedir, 'build-jvm-gc.log').readLines()
    .collect { (it =~ /(\d+)M->\d+M\(\d+M\)/) }.findAll { it.find() }.collect { it.group(1) as int }
println "build JVM peak heap before a collection: ${peaks.max()} MB over ${peaks.size()} collections"
assert peaks.max() <= 128
return true
