// The demo-scale project as three CI shards: every test of the project is reported exactly once
// across them, no group is split, and each shard's console names its share.
evaluate(new File(basedir, '../../../src/it/verify-lib.groovy'))

def expected = new File(basedir, 'target/expected-tests.txt').readLines().findAll { it }
def shards = (1..3).collect { "target/shard-${it}" }
def reported = shards.collectMany { dir ->
  reportNames(dir).collectMany { cls -> suite(dir, cls).testcase.collect { "${it.@classname}#${it.@name}" } }
}
assert reported.size() == expected.size() : "${reported.size()} tests reported across the shards, the project has ${expected.size()}"
assert reported.sort() == expected : "every test exactly once: missing ${expected - reported}, extra ${reported - expected}"

// A group is in one shard: the shard whose reports hold any class of it holds every class of it.
def groupOf = { String dir, String cls -> suiteProperty(dir, cls, 'failfast.group') }
def shardsOfGroup = [:].withDefault { [] as Set }
shards.each { dir -> reportNames(dir).each { cls -> def g = groupOf(dir, cls); if (g) shardsOfGroup[g] << dir } }
shardsOfGroup.each { group, where -> assert where.size() == 1 : "group '${group}' is split across ${where}" }
// OrdersCTest's nested class is in 'reviews': the two groups travel together.
assert shardsOfGroup['orders'] == shardsOfGroup['reviews']
// Util03Test is ungrouped, but its nested class is in 'search': it runs where 'search' runs.
assert shards.findAll { reportNames(it).contains('com.acme.demo.Util03Test') } as Set == shardsOfGroup['search']

(1..3).each { k ->
  def log = invocationLog(k)
  expectBuild(log, 'SUCCESS', "shard ${k}/3")
  def line = log.readLines().find { it.contains("shard ${k}/3: ") }
  assert line != null : "shard ${k}/3 names its share"
  println line
}
return true
