package com.acme;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

/** Joins the pom's group 'db' by naming it; says nothing about parallel, so the group's setting applies. */
@FailFastGroup("db")
class AuditTest {

  @Test
  void trail() throws InterruptedException {
    Meeting.arrive("AuditTest.trail");
  }
}
