// The test JVM's class-data-sharing archive (README "Start-up"): the first run trains it beside its
// test JVM, the second maps JUnit's classes from it, failfast.cds=false and an argLine with its own
// -Xshare leave it out; no run prints a word about it.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def runs = new File(basedir, 'target/jvm-arguments.txt').readLines()
assert runs.size() == 4 : "four runs, each recording its test JVM's arguments: ${runs}"
def archives = new File(basedir, 'target/failfast-cds').listFiles().findAll { it.name.endsWith('.jsa') }
assert archives.size() == 1 : "one archive, trained by the first run: ${archives*.name}"
def archive = archives[0].canonicalPath

assert !runs[0].contains('SharedArchiveFile') : "the first run has no archive yet: ${runs[0]}"
assert runs[1].contains("-XX:SharedArchiveFile=${archive}") : "the second run maps the archive: ${runs[1]}"
assert runs[1].contains('-Xshare:auto') : "a refused archive falls back to loading classes: ${runs[1]}"
assert !runs[2].contains('SharedArchiveFile') : "failfast.cds=false leaves it out: ${runs[2]}"
assert !runs[3].contains('SharedArchiveFile') && runs[3].contains('-Xshare:off') :
    "an argLine that manages sharing itself keeps it to itself: ${runs[3]}"

// the archive takes effect: the second run's test JVM loads the JUnit Platform from it
def shared = new File(basedir, 'target').listFiles().findAll { it.name.startsWith('class-load-') }
    .collect { it.readLines().count { it.contains('org.junit.platform.launcher.core.') && it.contains('shared objects file') } }
assert shared.count { it > 10 } == 1 : "one run, the second, maps the launcher's classes from the archive: ${shared}"

expectNoLog(buildLog, '[cds', 'no class-data-sharing message on the console')
expectNoLog(buildLog, 'SharedArchive', 'no class-data-sharing message on the console')
assert invocationLogs().every { it.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') }
return true
