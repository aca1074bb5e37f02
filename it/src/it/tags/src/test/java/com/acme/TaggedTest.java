package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@FailFastGroup("tagged")
class TaggedTest {

  @Test
  @Tag("fast")
  void fast() {}

  @Test
  @Tag("db")
  void database() {}

  @Test
  @Tag("db")
  @Tag("slow")
  void slowDatabase() {
    Markers.write("slow-database-ran");
  }

  @Test
  void untagged() {
    Markers.write("untagged-ran");
  }
}
