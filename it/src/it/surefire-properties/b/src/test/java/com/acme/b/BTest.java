package com.acme.b;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class BTest {

  @Test
  @Tag("fast")
  void fast() {}

  @Test
  @Tag("slow")
  void slow() {}
}
