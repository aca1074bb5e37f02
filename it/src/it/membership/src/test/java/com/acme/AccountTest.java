package com.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.failfast.junit.FailFastGroup;
import dev.failfast.junit.GroupSignal;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** @Nested classes belong to the enclosing class's group unless they name their own (docs/rules.md G1). */
@FailFastGroup("accounts")
class AccountTest {

  static final CountDownLatch loginFailed = new CountDownLatch(1);

  @Test
  void profile(GroupSignal signal) throws InterruptedException {
    Waiting.forCancel(signal, "accounts");
  }

  @Nested
  class Login {

    @Test
    void password() {
      loginFailed.countDown();
      throw new IllegalStateException("identity provider down");
    }
  }

  @Nested
  @FailFastGroup("audit")
  class Audit {

    @Test
    void trail(GroupSignal signal) throws InterruptedException {
      assertEquals("audit", signal.group(), "the nested class names its own group");
      assertTrue(loginFailed.await(20, TimeUnit.SECONDS), "Login.password() never ran");
      Thread.sleep(50); // interrupted if the cancellation of 'accounts' reached 'audit'
      assertFalse(signal.isCancelled(), "'audit' was cancelled with 'accounts'");
    }
  }
}
