package com.acme;

import dev.failfast.junit.GroupSignal;
import org.junit.jupiter.api.Test;

@SearchGroup
class QueryTest {

  @Test
  void find(GroupSignal signal) throws InterruptedException {
    Waiting.forCancel(signal, "search");
  }
}
