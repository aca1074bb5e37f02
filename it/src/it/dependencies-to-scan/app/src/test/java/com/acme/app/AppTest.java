package com.acme.app;

import org.junit.jupiter.api.Test;

class AppTest {

  @Test
  void starts() {}
}
