package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Writes records of the fork protocol: a record is a big-endian {@code int} byte length followed
 * by its fields; a field is an {@code int} byte length ({@code -1} for {@code null}) followed by
 * that many bytes of UTF-8. A record is written and flushed whole, under a lock, so records from
 * concurrent test threads never interleave and one that was written survives a sudden exit.
 *
 * <p>No text is too long to send: a field over {@link #MAX_FIELD_BYTES} is cut to that size,
 * ending with a marker that says so, so the record stays valid and within
 * {@link RecordReader#MAX_RECORD_BYTES}.
 */
@API(status = INTERNAL, since = "0.1")
public final class RecordWriter {

  /** The most UTF-8 bytes a field carries; longer text is cut to this, marker included. */
  public static final int MAX_FIELD_BYTES = 4 << 20;
  /** The most fields a record has, its tag included: more than any {@link ForkRecord} has. */
  static final int MAX_FIELDS = 16;

  private final DataOutputStream out;
  // Unpaired surrogates (possible in any Java string) become U+FFFD instead of failing the record.
  private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE)
      .replaceWith("\uFFFD".getBytes(StandardCharsets.UTF_8));

  public RecordWriter(OutputStream out) {
    this.out = new DataOutputStream(out);
  }

  /** Writes one record; {@code null} fields are allowed. */
  public void write(String... fields) throws IOException {
    writeAll(List.<String[]>of(fields));
  }

  /**
   * Writes records as one event: together under the lock and flushed once, so no other thread's
   * record comes between them.
   */
  public synchronized void writeAll(List<String[]> records) throws IOException {
    for (String[] fields : records) {
      append(fields);
    }
    out.flush();
  }

  private void append(String[] fields) throws IOException {
    if (fields.length > MAX_FIELDS) {
      throw new IllegalArgumentException("a record of " + fields.length + " fields; the protocol allows " + MAX_FIELDS);
    }
    // A fresh buffer each time: one large record's buffer is not kept for the rest of the run.
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    DataOutputStream record = new DataOutputStream(buffer);
    for (String field : fields) {
      if (field == null) {
        record.writeInt(-1);
      } else {
        ByteBuffer bytes = encode(field);
        record.writeInt(bytes.remaining());
        record.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
      }
    }
    out.writeInt(buffer.size());
    buffer.writeTo(out);
  }

  /** The field's UTF-8, cut to {@link #MAX_FIELD_BYTES} with a marker when longer. */
  private ByteBuffer encode(String field) throws CharacterCodingException {
    // Each char takes at least one byte: longer text is cut before encoding, which then stays small.
    String text = field.length() > MAX_FIELD_BYTES ? field.substring(0, charsBefore(field, MAX_FIELD_BYTES)) : field;
    ByteBuffer bytes = utf8.reset().encode(CharBuffer.wrap(text));
    if (text.length() == field.length() && bytes.remaining() <= MAX_FIELD_BYTES) {
      return bytes;
    }
    byte[] marker = cutMarker(field.length());
    int keep = Math.min(bytes.remaining(), MAX_FIELD_BYTES - marker.length);
    while (keep < bytes.remaining() && keep > 0 && isContinuation(bytes.get(bytes.position() + keep))) {
      keep--; // never split a character's bytes
    }
    ByteBuffer cut = ByteBuffer.allocate(keep + marker.length);
    cut.put(bytes.array(), bytes.arrayOffset() + bytes.position(), keep).put(marker).flip();
    return cut;
  }

  /** The end of a cut field: what was cut, so nobody takes the text for all there was. */
  static byte[] cutMarker(int originalChars) {
    return ("\n[failfast cut this text to " + (MAX_FIELD_BYTES >> 20) + " MiB: it had " + originalChars
        + " characters]").getBytes(StandardCharsets.UTF_8);
  }

  /** {@code limit}, or one less where that would split a surrogate pair. */
  private static int charsBefore(String text, int limit) {
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
