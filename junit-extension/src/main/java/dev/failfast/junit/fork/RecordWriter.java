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
import org.apiguardian.api.API;

/**
 * Writes records of the fork protocol: a record is a big-endian {@code int} byte length followed
 * by its fields; a field is an {@code int} byte length ({@code -1} for {@code null}) followed by
 * that many bytes of UTF-8. A record is written and flushed whole, under a lock, so records from
 * concurrent test threads never interleave and one that was written survives a sudden exit.
 */
@API(status = INTERNAL, since = "0.1")
public final class RecordWriter {

  private final DataOutputStream out;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final DataOutputStream record = new DataOutputStream(buffer);
  // Unpaired surrogates (possible in any Java string) become U+FFFD instead of failing the record.
  private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE)
      .replaceWith("\uFFFD".getBytes(StandardCharsets.UTF_8));

  public RecordWriter(OutputStream out) {
    this.out = new DataOutputStream(out);
  }

  /** Writes one record; {@code null} fields are allowed. */
  public synchronized void write(String... fields) throws IOException {
    buffer.reset();
    for (String field : fields) {
      if (field == null) {
        record.writeInt(-1);
      } else {
        ByteBuffer bytes = encode(field);
        record.writeInt(bytes.remaining());
        record.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
      }
    }
    if (buffer.size() > RecordReader.MAX_RECORD_BYTES) {
      throw new IOException("record of " + buffer.size() + " bytes exceeds the protocol's limit");
    }
    out.writeInt(buffer.size());
    buffer.writeTo(out);
    out.flush();
  }

  private ByteBuffer encode(String field) throws CharacterCodingException {
    return utf8.reset().encode(CharBuffer.wrap(field));
  }
}
