package com.acme.admin;

import org.junit.jupiter.api.Test;

class AdminTest {

  @Test
  void manage() {}
}
