package com.example.shop;

import dev.failfast.junit.FailFastGroup;
import org.junit.jupiter.api.Test;

/** Same group, another file: cancelled together with {@link PaymentsTest}. */
@FailFastGroup("payments")
class RefundsTest {

  @Test
  void refundCard() throws InterruptedException {
    Thread.sleep(10_000);
  }

  @Test
  void refundVoucher() throws InterruptedException {
    Thread.sleep(10_000);
  }

  @Test
  void partialRefund() throws InterruptedException {
    Thread.sleep(10_000);
  }
}
