package dev.failfast.junit.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class EventCodecTest {

  /** Each event, once, with fields that exercise nulls, numbers at their limits and odd text. */
  static void sendAll(ForkEvents events, Random random) {
    String text = RecordCodecTest.randomText(random);
    Cancellation cancellation = new Cancellation(
        random.nextBoolean() ? null : "payments", "FATAL_FAILURE", "[engine:x]/[class:A]", "com.acme.A.charge()",
        "IllegalStateException: " + text, "group 'payments' cancelled by " + text, Integer.MAX_VALUE);
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("java.version", "17");
    properties.put(text, text);
    properties.put("empty", "");
    events.systemProperties(properties);
    events.planned(new TestNode("[engine:junit-jupiter]", null, TestNode.Kind.CONTAINER, null, null, "JUnit Jupiter",
        "JUnit Jupiter", null));
    events.planned(new TestNode("id/" + text, "parent", TestNode.Kind.TEST, "com.acme.A", "charge", "charge(int)[2]",
        text, "payments"));
    events.planComplete();
    events.started("id/" + text, Long.MIN_VALUE);
    events.finished("id", new TestResult(Outcome.STOPPED, "stopped: " + text, "x.Y", text),
        Long.MAX_VALUE);
    events.finished("id2", TestResult.PASSED, 0);
    events.attemptFailed("id/" + text, new TestResult(Outcome.ERROR, text, "x.Y", text), 42);
    events.output("id", "stdout", text);
    events.groupCancelled(cancellation);
    events.alsoFailed(cancellation, "id3", "com.acme.A.other()", text);
    events.memberOverdue(cancellation, "id4", "com.acme.A.slow()", Duration.ofSeconds(10), "\tat x.Y.z(Y.java:1)\n");
    events.groupSettled(cancellation, 1234567);
    events.exiting(text);
    events.aborted(text);
    events.runFinished();
  }

  @Test
  void everyEventSurvivesTheRoundTrip() throws IOException {
    for (long seed = 0; seed < 50; seed++) {
      List<List<Object>> expected = new ArrayList<>();
      sendAll(recorder(expected), new Random(seed));

      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      sendAll(new EventEncoder(new RecordWriter(bytes), () -> { throw new AssertionError("broken"); }), new Random(seed));

      List<List<Object>> decoded = new ArrayList<>();
      EventDecoder decoder = new EventDecoder(new RecordReader(new ByteArrayInputStream(bytes.toByteArray())));
      ForkEvents target = recorder(decoded);
      while (decoder.next(target)) {
        // reads to the end
      }
      assertThat(decoded).isEqualTo(expected);
    }
  }

  @Test
  void aMessageOverTheOldRecordLimitIsCutNotFatal() throws IOException {
    String message = "m".repeat(70 << 20); // one field over what a whole record could carry before
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new EventEncoder(new RecordWriter(bytes), () -> { throw new AssertionError("broken"); })
        .finished("id", new TestResult(Outcome.FAILED, message, "java.lang.AssertionError", "stack"), 1);

    List<List<Object>> decoded = new ArrayList<>();
    EventDecoder decoder = new EventDecoder(new RecordReader(new ByteArrayInputStream(bytes.toByteArray())));
    while (decoder.next(recorder(decoded))) {
      // reads to the end
    }
    TestResult result = (TestResult) decoded.get(0).get(2);
    assertThat(result.message()).startsWith("mmm")
        .endsWith("[failfast cut this text to 4 MiB: it had 73400320 characters]");
    assertThat(result.stackTrace()).isEqualTo("stack");
  }

  @Test
  void malformedRecordsAreErrorsNotCrashes() throws IOException {
    for (String[] record : List.of(
        new String[] {"started", "id"},
        new String[] {"started", "id", "soon"},
        new String[] {"finished", "id", "MAYBE", null, null, null, "1"},
        new String[] {"runFinished", "extra"},
        new String[] {"teleported"},
        new String[] {null})) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      new EventEncoder(new RecordWriter(bytes), () -> { });
      new RecordWriter(bytes).write(record);
      EventDecoder decoder = new EventDecoder(new RecordReader(new ByteArrayInputStream(bytes.toByteArray())));
      ForkEvents target = recorder(new ArrayList<>());
      assertThat(decoder.next(target)).isTrue();
      assertThatThrownBy(() -> decoder.next(target)).as(Arrays.toString(record)).isInstanceOf(IOException.class);
    }
  }

  @Test
  void aBrokenStreamIsReportedOnceAndLaterEventsAreDropped() {
    AtomicBoolean open = new AtomicBoolean(true);
    List<String> broken = new ArrayList<>();
    EventEncoder encoder = new EventEncoder(new RecordWriter(new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        if (!open.get()) {
          throw new IOException("closed");
        }
      }
    }), () -> broken.add("broken"));
    open.set(false);
    encoder.started("a", 1);
    encoder.started("b", 2);
    assertThat(broken).containsExactly("broken");
  }

  @Test
  void settingsSurviveTheRoundTrip() throws IOException {
    ForkSettings settings = new ForkSettings(
        List.of("com.acme.ATest", "com.acme.B$Inner"),
        List.of(new ForkSettings.MethodFilter("com.acme.ATest", true, "one|t.*"),
            new ForkSettings.MethodFilter("com.acme.ATest", false, "tw?o")),
        List.of("fast | db"), List.of("slow"),
        Map.of("failfast.scope", "run", "a.b", "ü,€ \n"), 8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    settings.write(new RecordWriter(bytes));
    assertThat(ForkSettings.read(new RecordReader(new ByteArrayInputStream(bytes.toByteArray())))).isEqualTo(settings);
  }

  /** Records each call as its method name followed by its arguments. */
  /**
   * The system properties are many records but one event: an {@code exiting} that another thread
   * sends meanwhile (Ctrl-C reaches the test JVM too) never lands between them.
   */
  @RepeatedTest(20)
  void theSystemPropertiesArriveWholeWhileAnotherThreadSendsEvents() throws Exception {
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = 0; i < 2_000; i++) {
      properties.put("property." + i, "value " + i);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EventEncoder encoder = new EventEncoder(new RecordWriter(bytes), () -> { throw new AssertionError("broken"); });
    Thread exiting = new Thread(() -> {
      for (int i = 0; i < 200; i++) {
        encoder.exiting("signal " + i);
      }
    });
    exiting.start();
    encoder.systemProperties(properties);
    exiting.join();

    List<List<Object>> decoded = new ArrayList<>();
    EventDecoder decoder = new EventDecoder(new RecordReader(new ByteArrayInputStream(bytes.toByteArray())));
    while (decoder.next(recorder(decoded))) {
      // reads to the end: a record between the properties would throw
    }
    assertThat(decoded).filteredOn(call -> call.get(0).equals("systemProperties")).singleElement()
        .satisfies(call -> assertThat((Map<?, ?>) call.get(1)).hasSize(2_000));
    assertThat(decoded).filteredOn(call -> call.get(0).equals("exiting")).hasSize(200);
  }

  static ForkEvents recorder(List<List<Object>> calls) {
    return (ForkEvents) Proxy.newProxyInstance(ForkEvents.class.getClassLoader(), new Class<?>[] {ForkEvents.class},
        (proxy, method, args) -> {
          List<Object> call = new ArrayList<>();
          call.add(method.getName());
          if (args != null) {
            call.addAll(Arrays.asList(args));
          }
          calls.add(call);
          return null;
        });
  }
}
