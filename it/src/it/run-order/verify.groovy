// A class that leaks a system property breaks the classes after it: the same ones under
// failfast:run as under mvn test, in Surefire's default (filesystem) order; with a seeded random
// order, those after it in the order Surefire's shuffle of the scanned classes gives for that seed.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

(1..3).each { expectBuild(invocationLog(it), 'SUCCESS', "invocation ${it}: failures are ignored") }

/** The victims that failed, by simple name. */
def failedVictims = { Map outcomes ->
  outcomes.findAll { cls, o -> o.tests.seesNoLeak == 'failed' }.keySet().collect { it - 'com.acme.' } as Set
}
/** The victims after LeakTest in a class order. */
def after = { List order -> order.drop(order.indexOf('LeakTest') + 1) as Set }

// The order Surefire's scan finds the classes: as the file system lists the directory.
def listed = new File(basedir, 'target/test-classes/com/acme').listFiles()*.name.collect { it - '.class' }
def filesystem = expectSameOutcomes('target/surefire-filesystem', 'target/failfast-filesystem', 'filesystem order')
assert failedVictims(filesystem) == after(listed) : "in filesystem order ${listed}, the victims after LeakTest fail"

// Surefire's random order: its scan order shuffled by java.util.Random with the seed.
def shuffled = new ArrayList(listed)
Collections.shuffle(shuffled, new Random(7))
def random = reportOutcomes('target/failfast-random')
assert random.size() == 9 : "every class ran: ${random.keySet()}"
assert failedVictims(random) == after(shuffled) : "in the random order ${shuffled}, the victims after LeakTest fail"
expectLog(invocationLog(3), 'The test classes run in random order; to repeat it, set runOrderRandomSeed to 7',
    'invocation 3: the console names the seed')
return true
