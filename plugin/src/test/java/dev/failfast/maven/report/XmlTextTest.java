package dev.failfast.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

  @Test
  void returnsValidTextItself() {
    String text = "plain <markup> & \"quotes\" ]]> tab\t lf\n cr\r é \uD83D\uDE00 \uFFFD";
    assertThat(XmlText.sanitize(text)).isSameAs(text);
  }

  @Test
  void escapesControlCharactersOtherThanTabLineFeedAndCarriageReturn() {
    assertThat(XmlText.sanitize("\u0000\u0001\u0008\u000B\u000C\u001B\u001F\t\n\r\u007F"))
        .isEqualTo("\\u0000\\u0001\\u0008\\u000B\\u000C\\u001B\\u001F\t\n\r\u007F");
  }

  @Test
  void escapesUnpairedSurrogatesAndKeepsPairs() {
    assertThat(XmlText.sanitize("\uD800")).isEqualTo("\\uD800");
    assertThat(XmlText.sanitize("\uDC00x")).isEqualTo("\\uDC00x");
    assertThat(XmlText.sanitize("a\uDBFF")).isEqualTo("a\\uDBFF");
    assertThat(XmlText.sanitize("\uDC00\uD800")).as("reversed pair").isEqualTo("\\uDC00\\uD800");
    assertThat(XmlText.sanitize("\uD800\uD83D\uDE00")).isEqualTo("\\uD800\uD83D\uDE00");
    assertThat(XmlText.sanitize("\u0001\uD83D\uDE00")).isEqualTo("\\u0001\uD83D\uDE00");
  }

  @Test
  void escapesTheTwoNonCharactersXmlExcludes() {
    assertThat(XmlText.sanitize("\uFFFE\uFFFF\uFFFD")).isEqualTo("\\uFFFE\\uFFFF\uFFFD");
  }
}
