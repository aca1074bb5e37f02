package dev.failfast.junit.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

  @Test
  void randomRecordsSurviveTheRoundTrip() throws IOException {
    Random random = new Random(42);
    List<List<String>> records = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      List<String> record = new ArrayList<>();
      int fields = random.nextInt(8);
      for (int f = 0; f < fields; f++) {
        record.add(random.nextInt(10) == 0 ? null : randomText(random));
      }
      records.add(record);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RecordWriter writer = new RecordWriter(bytes);
    for (List<String> record : records) {
      writer.write(record.toArray(new String[0]));
    }
    RecordReader reader = new RecordReader(new ByteArrayInputStream(bytes.toByteArray()));
    for (List<String> record : records) {
      assertThat(reader.read()).isEqualTo(record);
    }
    assertThat(reader.read()).as("clean end of stream").isNull();
  }

  @Test
  void unpairedSurrogatesBecomeReplacementCharacters() throws IOException {
    assertThat(roundTrip("a\uD800b", "\uDC00")).containsExactly("a\uFFFDb", "\uFFFD");
  }

  @Test
  void controlCharactersAndMarkupPassUnchanged() throws IOException {
    assertThat(roundTrip("\u0000\u0007]]></x>\r\n\t", "")).containsExactly("\u0000\u0007]]></x>\r\n\t", "");
  }

  @Test
  void aStreamCutInsideARecordIsAnError() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new RecordWriter(bytes).write("started", "id");
    byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() - 1);
    assertThatThrownBy(() -> new RecordReader(new ByteArrayInputStream(cut)).read()).isInstanceOf(EOFException.class);
  }

  @Test
  void impossibleLengthsAreRejected() {
    byte[] hugeRecord = {0x7f, 0, 0, 0};
    assertThatThrownBy(() -> new RecordReader(new ByteArrayInputStream(hugeRecord)).read())
        .isInstanceOf(IOException.class).hasMessageContaining("record length");
    byte[] fieldTooLong = {0, 0, 0, 5, 0, 0, 0, 9, 'x'};
    assertThatThrownBy(() -> new RecordReader(new ByteArrayInputStream(fieldTooLong)).read())
        .isInstanceOf(IOException.class).hasMessageContaining("field length");
  }

  static List<String> roundTrip(String... fields) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new RecordWriter(bytes).write(fields);
    return new RecordReader(new ByteArrayInputStream(bytes.toByteArray())).read();
  }

  /** Valid Unicode of any plane and length, with the characters most likely to break framing. */
  static String randomText(Random random) {
    int length = random.nextInt(10) == 0 ? random.nextInt(100_000) : random.nextInt(40);
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      int kind = random.nextInt(4);
      int codePoint = switch (kind) {
        case 0 -> random.nextInt(0x80);
        case 1 -> 0x80 + random.nextInt(0xD800 - 0x80);
        case 2 -> 0xE000 + random.nextInt(0x10000 - 0xE000);
        default -> 0x10000 + random.nextInt(0x110000 - 0x10000);
      };
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }

  @Test
  void aFieldAtTheLimitPassesWhole() throws IOException {
    String full = "x".repeat(RecordWriter.MAX_FIELD_BYTES);
    assertThat(roundTrip("output", full).get(1)).isEqualTo(full);
  }

  @Test
  void aFieldOneByteOverTheLimitIsCutWithAMarker() throws IOException {
    String over = "x".repeat(RecordWriter.MAX_FIELD_BYTES) + "y";
    String marker = new String(RecordWriter.cutMarker(over.length()), StandardCharsets.UTF_8);

    String received = roundTrip("output", over).get(1);

    assertThat(marker).isEqualTo("\n[failfast cut this text to 4 MiB: it had 4194305 characters]");
    assertThat(received).endsWith(marker).doesNotContain("y");
    assertThat(received.getBytes(StandardCharsets.UTF_8)).hasSize(RecordWriter.MAX_FIELD_BYTES);
  }

  @Test
  void aCutNeverSplitsACharacter() throws IOException {
    // three-byte characters, and a surrogate pair across the limit in chars
    String euros = "\u20ac".repeat(RecordWriter.MAX_FIELD_BYTES / 3 + 1);
    String pairs = "a" + "\uD83D\uDE00".repeat(RecordWriter.MAX_FIELD_BYTES / 2);
    for (String text : List.of(euros, pairs)) {
      String received = roundTrip(text).get(0);
      assertThat(received).doesNotContain("\uFFFD").contains("[failfast cut this text");
      assertThat(received.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(RecordWriter.MAX_FIELD_BYTES);
    }
  }

  @Test
  void everyFieldOverTheLimitStillMakesOneValidRecord() throws IOException {
    String[] fields = new String[RecordWriter.MAX_FIELDS];
    Arrays.fill(fields, "z".repeat(RecordWriter.MAX_FIELD_BYTES + 1_000));
    List<String> received = roundTrip(fields);
    assertThat(received).hasSize(RecordWriter.MAX_FIELDS)
        .allSatisfy(field -> assertThat(field).endsWith("characters]"));
  }

  @Test
  void theReaderRefusesAFieldOverTheLimitBeforeAllocatingIt() {
    int over = RecordWriter.MAX_FIELD_BYTES + 1;
    byte[] record = ByteBuffer.allocate(8).putInt(Integer.BYTES + over).putInt(over).array();
    assertThatThrownBy(() -> new RecordReader(new ByteArrayInputStream(record)).read())
        .isInstanceOf(IOException.class).hasMessage("corrupt fork stream: field length " + over);
  }

  @Test
  void theReaderRefusesMoreFieldsThanTheProtocolHas() {
    ByteBuffer record = ByteBuffer.allocate(Integer.BYTES * (RecordWriter.MAX_FIELDS + 2));
    record.putInt(Integer.BYTES * (RecordWriter.MAX_FIELDS + 1));
    for (int i = 0; i <= RecordWriter.MAX_FIELDS; i++) {
      record.putInt(-1);
    }
    assertThatThrownBy(() -> new RecordReader(new ByteArrayInputStream(record.array())).read())
        .isInstanceOf(IOException.class).hasMessageContaining("more than " + RecordWriter.MAX_FIELDS + " fields");
    RecordWriter writer = new RecordWriter(new ByteArrayOutputStream());
    assertThatThrownBy(() -> writer.write(new String[RecordWriter.MAX_FIELDS + 1]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
