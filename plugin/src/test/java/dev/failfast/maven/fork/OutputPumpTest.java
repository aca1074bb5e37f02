package dev.failfast.maven.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * What the build waits for when a run is concluded before the test JVM exits: after each burst
 * a writer wrote whole, every line of it has been forwarded, however the pump's polls fall.
 */
class OutputPumpTest {

  @RepeatedTest(50)
  void everythingWrittenBeforeTheWaitIsForwardedWhenItReturns(RepetitionInfo repetition) throws Exception {
    Random random = new Random(repetition.getCurrentRepetition());
    PipedOutputStream writer = new PipedOutputStream();
    // Room for every burst: a full PipedInputStream holds its writer until the reader waits in read().
    PipedInputStream pipe = new PipedInputStream(writer, 1 << 18);
    AtomicBoolean writing = new AtomicBoolean(true);
    List<String> forwarded = new CopyOnWriteArrayList<>();
    OutputPump pump = new OutputPump(pipe, "test", writing::get, forwarded::add);

    int written = 0;
    for (int burst = 0; burst < 5; burst++) {
      if (random.nextBoolean()) {
        Thread.sleep(random.nextInt(30)); // the pump backs off while the pipe stays empty
      }
      for (int line = random.nextInt(2_000); line > 0; line--) {
        writer.write(("line " + ++written + "\n").getBytes(Charset.defaultCharset()));
      }
      writer.flush();

      pump.awaitForwarded(System.nanoTime() + TimeUnit.SECONDS.toNanos(5));

      assertThat(forwarded).hasSize(written);
      if (written > 0) {
        assertThat(forwarded.get(written - 1)).isEqualTo("line " + written);
      }
    }
    writing.set(false);
    writer.write("the last, without a line end".getBytes(Charset.defaultCharset()));
    writer.close();
    pump.join(5_000);
    assertThat(forwarded).hasSize(written + 1).last().isEqualTo("the last, without a line end");
  }
}
