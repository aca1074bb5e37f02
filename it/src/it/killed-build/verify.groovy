// docs/reports.md Files: the build JVM writes each class's report as soon as the class has finished (whole, then
// renamed into place), so a build killed by CI keeps every finished class.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def reports = 'target/surefire-reports'
assert marker('first-report-seen').isFile() : "AFirstTest's report was not on disk while the run went on"
expectNoLog(buildLog, 'BUILD SUCCESS', 'the build was killed')
expectNoLog(buildLog, 'BUILD FAILURE', 'the build was killed before it could end')

expectOutcome(reports, 'com.acme.AFirstTest', 'finishes', 'passed')
assert suite(reports, 'com.acme.AFirstTest').testcase.'system-out'.text() == 'first class output' + System.lineSeparator() :
    "AFirstTest's report keeps its output"
assert reportNames(reports) == ['com.acme.AFirstTest'] : "only the finished class has a report: ${reportNames(reports)}"
def leftovers = new File(basedir, reports).list().findAll { !it.startsWith('TEST-') }
assert leftovers.isEmpty() : "no partial file and no summary in the reports directory of a killed build: ${leftovers}"
return true
