package dev.failfast.maven.select;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassPatternTest {

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
    "**/*Test.java, com/acme/OrderTest.class, true",
    "**/*Test.java, OrderTest.class, true",
    "**/*Test.java, com/acme/OrderTests.class, false",
    "**/Test*.java, com/acme/TestOrder.class, true",
    "**/*$*, com/acme/Order$Inner.class, true",
    "**/*$*, com/acme/Order.class, false",
    "**/db/**, com/acme/db/OrderIT.class, true",
    "**/db/**, com/acme/db/deep/OrderIT.class, true",
    "**/db/**, com/acme/dbx/OrderIT.class, false",
    "com/acme/db/, com/acme/db/OrderIT.class, true",
    "com/*/OrderIT, com/acme/OrderIT.class, true",
    "com/*/OrderIT, com/acme/x/OrderIT.class, false",
    "%regex[.*Db.*], com/acme/DbOrderIT.class, true",
    "%regex[.*Db.*], com/acme/OrderIT.class, false",
  })
  void matchesClassFilesLikeSurefire(String pattern, String classFile, boolean matches) {
    assertThat(ClassPattern.of(pattern).matches(classFile)).isEqualTo(matches);
  }
}
