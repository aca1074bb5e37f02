// Writes the demo-scale project's tests: 12 groups of 3 classes and 10 ungrouped classes, a few
// hundred quick tests (plain, parameterized and @Nested ones). OrdersCTest's nested class is in
// group 'reviews' and Util03Test's in 'search', so those groups travel with those classes. Also
// writes target/expected-tests.txt, every test as 'classname#name' as the reports name it.
def groups = ['payments', 'inventory', 'shipping', 'search', 'accounts', 'billing', 'catalog', 'orders',
              'reviews', 'pricing', 'auth', 'notifications']
def sources = new File(basedir, 'src/test/java/com/acme/demo')
sources.mkdirs()
def expected = []

def write = { String name, String group, int plain, Map nested ->
  def body = new StringBuilder()
  body << 'package com.acme.demo;\n\n'
  body << 'import dev.failfast.junit.FailFastGroup;\nimport org.junit.jupiter.api.Nested;\nimport org.junit.jupiter.api.Test;\n'
  body << 'import org.junit.jupiter.params.ParameterizedTest;\nimport org.junit.jupiter.params.provider.ValueSource;\n\n'
  if (group) body << "@FailFastGroup(\"${group}\")\n"
  body << "class ${name} {\n"
  (1..plain).each { i ->
    body << "\n  @Test\n  void case${i}() {}\n"
    expected << "com.acme.demo.${name}#case${i}"
  }
  body << '\n  @ParameterizedTest\n  @ValueSource(ints = {1, 2, 3, 4})\n  void value(int n) {}\n'
  (1..4).each { expected << "com.acme.demo.${name}#value(int)[${it}]" }
  if (nested) {
    body << "\n  @Nested\n  @FailFastGroup(\"${nested.group}\")\n  class Inner {\n\n    @Test\n    void inner() {}\n  }\n"
    expected << "com.acme.demo.${name}\$Inner#inner"
  }
  body << '}\n'
  new File(sources, "${name}.java").text = body.toString()
}

groups.eachWithIndex { group, g ->
  ['A', 'B', 'C'].eachWithIndex { letter, c ->
    String name = group.capitalize() + letter + 'Test'
    write(name, group, (g + c) % 5 + 3, name == 'OrdersCTest' ? [group: 'reviews'] : null)
  }
}
(1..10).each { u ->
  String name = String.format('Util%02dTest', u)
  write(name, null, u % 4 + 2, name == 'Util03Test' ? [group: 'search'] : null)
}
new File(basedir, 'target').mkdirs()
new File(basedir, 'target/expected-tests.txt').text = expected.sort().join('\n') + '\n'
return true
