// docs/rules.md "Bad input": each invocation has one bad setting. Each must fail the build with a message that names
// the problem and the fix, before any test runs: no test JVM run ('Running N tests'), no
// report, no marker from a test.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def cases = [
  [case: 'unknownFatal', setting: '<fatal> naming an unknown class',
      message: "failfast.fatal: class 'com.acme.NoSuchException' was not found on the test classpath; check the fully qualified name, or add the dependency that contains it"],
  [case: 'unknownNonFatal', setting: '<nonFatal> naming an unknown class',
      message: "failfast.nonFatal: class 'org.example.MissingError' was not found on the test classpath; check the fully qualified name, or add the dependency that contains it"],
  [case: 'unknownGroupFatal', setting: "a pom group's <fatal> naming an unknown class",
      message: "groups: group 'db' <fatal>: class 'com.acme.db.NoSuchSqlException' was not found on the test classpath; check the fully qualified name, or add the dependency that contains it"],
  [case: 'notThrowable', setting: '<fatal> naming a class that is not a Throwable',
      message: "failfast.fatal: 'java.lang.String' is not a Throwable; name an exception or error type, such as java.io.IOException"],
  [case: 'groupWithoutName', setting: 'a pom group without a name',
      message: 'groups: a <group> has no <name>; name each group, such as <name>db</name>'],
  [case: 'twoGroupsOneName', setting: 'two pom groups with one name',
      message: "groups: two groups are named 'db'; give each group its own name"],
  [case: 'classInTwoGroups', setting: 'a class matched by two pom groups',
      message: "groups: com.acme.CheckoutTest is matched by the <includes> of groups 'web' and 'payments'; a class belongs to one group, so narrow those patterns"],
  [case: 'badTest', setting: 'a malformed -Dtest',
      message: "-Dtest: 'CheckoutTest#pays#again' is malformed: more than one '#'. Write Class, Class#method"],
  [case: 'badTags', setting: 'a malformed tag expression',
      message: 'tags: Unable to parse tag expression "(fast | db"',
      fix: "write a JUnit tag expression such as 'fast | (db & !slow)'"],
  [case: 'threadsZero', setting: 'threads 0',
      message: 'threads: 0 is below 1; give the number of tests to run at once, such as 4'],
  [case: 'badGrace', setting: 'a grace that does not parse',
      message: "grace: 'soon' is not a duration; write a whole number with a unit, such as 500ms, 10s, 2m or 1h (a bare number means seconds)"],
  [case: 'badTimeout', setting: 'a timeout that does not parse',
      message: "timeout: '10x' is not a duration; write a whole number with a unit, such as 500ms, 10s, 2m or 1h (a bare number means seconds)"],
  [case: 'reportsUnderFile', setting: 'a reports directory that cannot be created',
      message: "reportsDirectory: ${new File(basedir, 'pom.xml/reports').path} cannot be created because ${new File(basedir, 'pom.xml').path} is a file; choose another directory"],
  // Once passed validation and overflowed the watchdog's clock, which then died silently.
  [case: 'hugeTimeout', setting: 'a timeout too long for the clocks',
      message: "timeout: '10000000000' is longer than the longest accepted duration, 36500 days (876000h); give a shorter one, or 0 where that means none"],
  [case: 'shardZero', setting: 'shard 0/2',
      message: "shard: '0/2' asks for part 0 of 2; parts count from 1, so write 1/2 to 2/2"],
  [case: 'shardBeyond', setting: 'shard 3/2',
      message: "shard: '3/2' asks for part 3 of 2; parts count from 1, so write 1/2 to 2/2"],
  [case: 'shardNotKofN', setting: 'shard x',
      message: "shard: 'x' is not k/n; write which part to run and into how many parts the run is split, such as 1/4 (the first of four)"],
  [case: 'shardNoParts', setting: 'shard 1/0',
      message: "shard: '1/0' splits the run into 0 parts; write n from 1 to 1000, such as 1/4"],
  [case: 'mergeMissing', setting: 'failfast:merge of a summary that does not exist',
      message: "summaries: ${new File(basedir, 'target/no-such-shard').path} does not exist; give each shard's failfast-summary.json, or a directory holding them, such as its reports directory"],
  [case: 'mergeMalformed', setting: 'failfast:merge of a summary cut short',
      message: "summaries: ${new File(basedir, 'malformed-summary.json').path} is not JSON: ",
      fix: "give the failfast-summary.json a shard's run wrote, whole"],
  [case: 'jvmNotJava', setting: 'a jvm that is not a java executable',
      message: 'jvm: \'pom.xml\' does not end with java (or java.exe); give the test JVM\'s java executable, such as'
          + ' ${env.JAVA_HOME}/bin/java, or leave jvm unset for the toolchain\'s or Maven\'s own'],
  // Surefire's test JVM dies of it: "Could not find or load main class ${argLine}".
  [case: 'argLineUnset', setting: "Surefire's argLine beginning with a property nothing set",
      message: 'argLine: ${argLine} names no property that is set when the tests run, so the test JVM would not'
          + ' start; set it (JaCoCo\'s prepare-agent sets argLine), define it in the pom\'s <properties>, or write'
          + ' @{argLine}, which is empty when unset'],
]
cases.eachWithIndex { c, i ->
  def what = "invocation ${i + 1}, ${c.setting} (-Dcase=${c.case})"
  def log = invocationLog(i + 1)
  expectBuild(log, 'FAILURE', what)
  expectLog(log, c.message, "${what}: the message naming the problem and the fix")
  if (c.fix) {
    expectLog(log, c.fix, "${what}: the message naming the fix")
  }
  assert !(log =~ /Running \d+ tests? in/) : "${what}: no test may run, but the test JVM ran a plan"
  expectNoLog(log, 'Tests run:', "${what}: no test may run")
  expectNoReports("target/reports-${c.case}", what)
  expectNoMarker("ran-${c.case}", what)
}
assert !new File(basedir, 'pom.xml/reports').exists()
return true
