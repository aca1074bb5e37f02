package com.acme;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TaggedTest {

  @Test
  void fast() {}

  @Test
  @Tag("slow")
  void slow() {
    fail("excludedGroups leaves slow tests out");
  }
}
