package dev.failfast.maven.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestFilterTest {

  private static boolean runs(String filter, String classFile, String method) {
    TestFilter f = TestFilter.parse(filter);
    if (!f.selectsClass(classFile)) {
      return false;
    }
    boolean included = f.methodIncludes(classFile).isEmpty()
        || f.methodIncludes(classFile).stream().anyMatch(regex -> Pattern.matches(regex, method));
    return included && f.methodExcludes(classFile).stream().noneMatch(regex -> Pattern.matches(regex, method));
  }

  @ParameterizedTest(name = "-Dtest={0} runs {1}#{2}: {3}")
  @CsvSource(delimiter = ';', value = {
    "OrderTest; com/acme/OrderTest.class; charge; true",
    "OrderTest; com/acme/OtherOrderTest.class; charge; false",
    "OrderTest.java; com/acme/OrderTest.class; charge; true",
    "com.acme.OrderTest; com/acme/OrderTest.class; charge; true",
    "com.acme.OrderTest; org/acme/OrderTest.class; charge; false",
    "com/acme/OrderTest; com/acme/OrderTest.class; charge; true",
    "com.acme.*Test; com/acme/OrderTest.class; charge; true",
    "com.acme.*Test; com/acme/db/OrderTest.class; charge; false",
    "com/acme/**/*Test; com/acme/db/OrderTest.class; charge; true",
    "*IT; com/acme/OrderIT.class; charge; true",
    "Order?T; com/acme/OrderIT.class; charge; true",
    "OrderTest#charge; com/acme/OrderTest.class; charge; true",
    "OrderTest#charge; com/acme/OrderTest.class; refund; false",
    "OrderTest#charge+refund; com/acme/OrderTest.class; refund; true",
    "OrderTest#ch*; com/acme/OrderTest.class; chargeTwice; true",
    "OrderTest#charge, OrderTest; com/acme/OrderTest.class; refund; true",
    "*Test, !OrderTest; com/acme/OrderTest.class; charge; false",
    "*Test, !OrderTest; com/acme/UserTest.class; charge; true",
    "!OrderTest; com/acme/UserTest.class; charge; true",
    "OrderTest, !OrderTest#slow*; com/acme/OrderTest.class; slowCharge; false",
    "OrderTest, !OrderTest#slow*; com/acme/OrderTest.class; charge; true",
    "!#slow; com/acme/OrderTest.class; slow; false",
    "%regex[.*Order.*]; com/acme/OrderTest.class; charge; true",
    "%regex[com/acme/Or.*Test.class#ch.rge]; com/acme/OrderTest.class; charge; true",
    "%regex[com/acme/Or.*Test.class#ch.rge]; com/acme/OrderTest.class; refund; false",
    "!%regex[.*Order.*]; com/acme/OrderTest.class; charge; false",
  })
  void followsSurefireSyntax(String filter, String classFile, String method, boolean runs) {
    assertThat(runs(filter, classFile, method)).isEqualTo(runs);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Order#a#b", "%regex[Order", "x%regex[Order]", "%regex[(#a]", "#", ",,", "!"})
  void malformedFiltersAreRejectedNamingTheSyntax(String filter) {
    assertThatThrownBy(() -> TestFilter.parse(filter)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("-Dtest: ").hasMessageContaining("Class#method");
  }

  @Test
  void methodPatternsOfAClassAreCollected() {
    TestFilter filter = TestFilter.parse("OrderTest#charge+refund, UserTest, !OrderTest#slow");
    assertThat(filter.methodIncludes("com/acme/OrderTest.class")).containsExactly("charge", "refund");
    assertThat(filter.methodExcludes("com/acme/OrderTest.class")).containsExactly("slow");
    assertThat(filter.methodIncludes("com/acme/UserTest.class")).isEmpty();
  }
}
