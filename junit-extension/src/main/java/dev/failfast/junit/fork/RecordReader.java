package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Reads the records {@link RecordWriter} writes, checking every length against the record and
 * the protocol's limits before allocating anything for it: a corrupt stream is an error, never a
 * large allocation.
 */
@API(status = INTERNAL, since = "0.1")
public final class RecordReader {

  /** The largest record a {@link RecordWriter} writes: every field full, with its length. */
  static final int MAX_RECORD_BYTES = RecordWriter.MAX_FIELDS * (Integer.BYTES + RecordWriter.MAX_FIELD_BYTES);

  private final DataInputStream in;

  public RecordReader(InputStream in) {
    this.in = new DataInputStream(in);
  }

  /**
   * @return the next record's fields, or {@code null} at a clean end of stream (between records)
   * @throws EOFException when the stream ends inside a record
   * @throws IOException when the stream is not a sequence of well-formed records
   */
  public List<String> read() throws IOException {
    int first = in.read();
    if (first < 0) {
      return null;
    }
    int length = (first << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedShort());
    if (length < 0 || length > MAX_RECORD_BYTES) {
      throw new IOException("corrupt fork stream: record length " + length);
    }
    List<String> fields = new ArrayList<>();
    for (int remaining = length; remaining > 0; ) {
      if (remaining < Integer.BYTES) {
        throw new IOException("corrupt fork stream: truncated field length");
      }
      if (fields.size() == RecordWriter.MAX_FIELDS) {
        throw new IOException("corrupt fork stream: more than " + RecordWriter.MAX_FIELDS + " fields");
      }
      int fieldLength = in.readInt();
      remaining -= Integer.BYTES;
      if (fieldLength == -1) {
        fields.add(null);
      } else if (fieldLength < 0 || fieldLength > remaining || fieldLength > RecordWriter.MAX_FIELD_BYTES) {
        throw new IOException("corrupt fork stream: field length " + fieldLength);
      } else {
        byte[] bytes = new byte[fieldLength];
        in.readFully(bytes);
        fields.add(new String(bytes, StandardCharsets.UTF_8));
        remaining -= fieldLength;
      }
    }
    return fields;
  }
}
