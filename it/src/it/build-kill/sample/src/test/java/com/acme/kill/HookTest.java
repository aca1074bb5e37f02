package com.acme.kill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Leaves a shutdown hook that never returns, as a leaked server or pool might: the test JVM
 * cannot finish exiting. The hook first writes target/hook-started, for BuildKillIT to see.
 */
class HookTest {

  @Test
  void leavesAHookThatNeverReturns() {
    Path started = Path.of(System.getProperty("basedir"), "target", "hook-started");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        // whole or not at all: the build may end this JVM from now on
        Path partial = started.resolveSibling("hook-started.partial");
        Files.writeString(partial, Long.toString(ProcessHandle.current().pid()));
        Files.move(partial, started, StandardCopyOption.ATOMIC_MOVE);
        new CountDownLatch(1).await();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "never-returning-hook"));
  }
}
