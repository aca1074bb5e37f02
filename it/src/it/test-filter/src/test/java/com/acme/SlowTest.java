package com.acme;

import org.junit.jupiter.api.Test;

class SlowTest {

  @Test
  void crawl() {}
}
