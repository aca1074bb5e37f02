package com.acme;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Two tests that would meet if they ran at the same time: the first to arrive waits a second for
 * the other. In a group that runs one test at a time it waits in vain and goes on, and the second
 * finds nobody waiting.
 */
public final class Meeting {

  private static final CountDownLatch both = new CountDownLatch(2);

  private Meeting() {}

  public static void arrive(String who) throws InterruptedException {
    boolean first = both.getCount() == 2;
    both.countDown();
    if (first && both.await(1, TimeUnit.SECONDS)) {
      Markers.append("met", who + "\n");
    }
  }
}
