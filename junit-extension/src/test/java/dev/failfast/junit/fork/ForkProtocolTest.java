package dev.failfast.junit.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.failfast.junit.group.CancelReason;
import dev.failfast.junit.group.GroupRegistry.RunCancel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one schema of the fork protocol ({@link ForkRecord}) and its version, as both sides use them. */
class ForkProtocolTest {

  private static final String MISMATCH_FIX = ": use the same failfast version for plugin and extension";

  private static RecordReader reader(ByteArrayOutputStream bytes) {
    return new RecordReader(new ByteArrayInputStream(bytes.toByteArray()));
  }

  private static ForkSettings someSettings() {
    return new ForkSettings(List.of("com.acme.ATest"), List.of(new ForkSettings.MethodFilter("com.acme.ATest", true,
        "one")), List.of("fast"), List.of("slow"), Map.of("failfast.scope", "run"), 2);
  }

  /** A record kind added to the schema without a round trip through both sides fails here. */
  @Test
  void everyRecordKindSurvivesARoundTripThroughBothSides() throws IOException {
    ByteArrayOutputStream fromTestJvm = new ByteArrayOutputStream();
    EventEncoder encoder = new EventEncoder(new RecordWriter(fromTestJvm), () -> { throw new AssertionError(); });
    EventCodecTest.sendAll(encoder, new Random(7));
    encoder.exitHeld("'db-hook' (shutdown hook) at x.Y.z(Y.java:1)");
    ByteArrayOutputStream fromBuildJvm = new ByteArrayOutputStream();
    someSettings().write(new RecordWriter(fromBuildJvm));
    ExitHolders.ask(new RecordWriter(fromBuildJvm));
    RunCancel budget = new RunCancel(CancelReason.FAILURE_BUDGET, "[test:x]", "com.acme.X.y()",
        "failure budget of 2 reached (skipAfterFailureCount)");
    RunCancelOrder.send(new RecordWriter(fromBuildJvm), budget);

    Set<String> tags = new TreeSet<>();
    for (ByteArrayOutputStream stream : List.of(fromTestJvm, fromBuildJvm)) {
      RecordReader records = reader(stream);
      for (List<String> record = records.read(); record != null; record = records.read()) {
        tags.add(record.get(0));
      }
    }
    assertThat(tags).containsExactlyInAnyOrderElementsOf(Arrays.stream(ForkRecord.values()).map(ForkRecord::tag)
        .toList());

    EventDecoder decoder = new EventDecoder(reader(fromTestJvm));
    List<List<Object>> events = new ArrayList<>();
    while (decoder.next(EventCodecTest.recorder(events))) {
      // reads to the end
    }
    assertThat(decoder.exitHolders()).isEqualTo("'db-hook' (shutdown hook) at x.Y.z(Y.java:1)");
    RecordReader settings = reader(fromBuildJvm);
    assertThat(ForkSettings.read(settings)).isEqualTo(someSettings());
    assertThat(ExitHolders.isQuestion(settings.read())).isTrue();
    assertThat(RunCancelOrder.read(settings.read())).isEqualTo(budget);
  }

  @Test
  void everyRecordFitsTheFraming() {
    for (ForkRecord kind : ForkRecord.values()) {
      assertThat(1 + kind.fields().size()).as(kind.tag()).isLessThanOrEqualTo(RecordWriter.MAX_FIELDS);
    }
  }

  @Test
  void aWriterOutOfStepWithTheSchemaFailsAtOnce() {
    assertThatThrownBy(() -> ForkRecord.STARTED.record("id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a 'started' record of 1 values; failfast-fork-6 has 2: [id, nanoTime]");
  }

  @Test
  void theBuildJvmRefusesATestJvmOfAnotherVersion() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new RecordWriter(bytes).write("hello", "failfast-fork-3");
    EventDecoder decoder = new EventDecoder(reader(bytes));

    assertThatThrownBy(() -> decoder.next(EventCodecTest.recorder(new ArrayList<>())))
        .isInstanceOf(ForkProtocolMismatch.class)
        .hasMessage("the test JVM (failfast-junit-extension) speaks fork protocol failfast-fork-3,"
            + " the build JVM (failfast-maven-plugin) failfast-fork-6" + MISMATCH_FIX);
  }

  @Test
  void theTestJvmRefusesSettingsOfAnotherVersion() throws IOException {
    ByteArrayOutputStream newer = new ByteArrayOutputStream();
    new RecordWriter(newer).write("hello", "failfast-fork-7");
    assertThatThrownBy(() -> ForkSettings.read(reader(newer)))
        .isInstanceOf(ForkProtocolMismatch.class)
        .hasMessage("the build JVM (failfast-maven-plugin) speaks fork protocol failfast-fork-7,"
            + " the test JVM (failfast-junit-extension) failfast-fork-6" + MISMATCH_FIX);

    ByteArrayOutputStream withoutHello = new ByteArrayOutputStream(); // failfast-fork-3's settings began so
    new RecordWriter(withoutHello).write("threads", "4");
    assertThatThrownBy(() -> ForkSettings.read(reader(withoutHello)))
        .isInstanceOf(ForkProtocolMismatch.class)
        .hasMessage("the build JVM (failfast-maven-plugin) speaks an unknown fork protocol (its first record is"
            + " not a hello), the test JVM (failfast-junit-extension) failfast-fork-6" + MISMATCH_FIX);
  }

  @Test
  void aRecordOfTheOtherSideOrWithOtherFieldsIsRefusedByName() throws IOException {
    assertThat(decodeAfterHello("class", "com.acme.ATest"))
        .hasMessage("unknown fork record 'class' from the test JVM (failfast-junit-extension) in failfast-fork-6");
    assertThat(decodeAfterHello("started", "id"))
        .hasMessage("fork record 'started' has 1 fields; failfast-fork-6 has 2: [id, nanoTime]");

    ByteArrayOutputStream settings = new ByteArrayOutputStream();
    RecordWriter out = new RecordWriter(settings);
    out.write(ForkRecord.HELLO.record(ForkRecord.VERSION));
    out.write(ForkRecord.RUN_FINISHED.record());
    assertThatThrownBy(() -> ForkSettings.read(reader(settings)))
        .hasMessage("unknown fork record 'runFinished' from the build JVM (failfast-maven-plugin) in failfast-fork-6");
  }

  @Test
  void systemPropertiesShortOfTheirCountAreRefusedNotTakenForAllThereWere() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RecordWriter out = new RecordWriter(bytes);
    out.write(ForkRecord.HELLO.record(ForkRecord.VERSION));
    out.write(ForkRecord.SYSTEM_PROPERTIES.record("2"));
    out.write(ForkRecord.SYSTEM_PROPERTY.record("java.version", "17"));
    out.write(ForkRecord.PLAN_COMPLETE.record());
    EventDecoder decoder = new EventDecoder(reader(bytes));
    List<List<Object>> delivered = new ArrayList<>();
    decoder.next(EventCodecTest.recorder(delivered));
    assertThatThrownBy(() -> decoder.next(EventCodecTest.recorder(delivered)))
        .isInstanceOf(IOException.class)
        .hasMessage("fork record 'systemProperties' announced 2 properties; record 2 is 'planComplete'");
    assertThat(delivered).isEmpty();

    assertThat(decodeAfterHello("systemProperty", "java.version", "17"))
        .hasMessage("a fork record 'systemProperty' outside 'systemProperties'");
  }

  private static Throwable decodeAfterHello(String... record) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new EventEncoder(new RecordWriter(bytes), () -> { });
    new RecordWriter(bytes).write(record);
    EventDecoder decoder = new EventDecoder(reader(bytes));
    assertThat(decoder.next(EventCodecTest.recorder(new ArrayList<>()))).as("the hello").isTrue();
    Throwable thrown = catchThrowable(() -> decoder.next(EventCodecTest.recorder(new ArrayList<>())));
    assertThat(thrown).as(Arrays.toString(record)).isInstanceOf(IOException.class);
    return thrown;
  }
}
