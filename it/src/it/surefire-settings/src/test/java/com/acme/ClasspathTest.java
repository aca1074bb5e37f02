package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ClasspathTest {

  @Test
  void additionalClasspathElements() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ClasspathTest.class.getResourceAsStream("/extra.properties")) {
      assertNotNull(in, "extra/ is on the test classpath");
      properties.load(in);
    }
    assertEquals("additionalClasspathElements", properties.getProperty("origin"));
  }

  @Test
  void classpathDependencyExcludes() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.assertj.core.api.Assertions"));
  }
}
