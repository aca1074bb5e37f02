package com.acme;

import org.junit.jupiter.api.Test;

@SearchGroup
class IndexTest {

  @Test
  void rebuild() {
    throw new IllegalStateException("index corrupt");
  }
}
