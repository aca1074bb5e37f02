package com.acme.a;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ATest {

  @Test
  @Tag("fast")
  void fast() {}

  @Test
  void untagged() {}
}
