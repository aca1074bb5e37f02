package dev.failfast.junit.fork;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** Reads the records {@link RecordWriter} writes, checking every length against the record. */
@API(status = INTERNAL, since = "0.1")
public final class RecordReader {

  /** Larger records mean a corrupt stream; captured test output is capped well below this. */
  static final int MAX_RECORD_BYTES = 64 << 20;

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
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    ByteBuffer record = ByteBuffer.wrap(bytes);
    List<String> fields = new ArrayList<>();
    while (record.hasRemaining()) {
      if (record.remaining() < Integer.BYTES) {
        throw new IOException("corrupt fork stream: truncated field length");
      }
      int fieldLength = record.getInt();
      if (fieldLength == -1) {
        fields.add(null);
      } else if (fieldLength < 0 || fieldLength > record.remaining()) {
        throw new IOException("corrupt fork stream: field length " + fieldLength);
      } else {
        fields.add(new String(bytes, record.position(), fieldLength, StandardCharsets.UTF_8));
        record.position(record.position() + fieldLength);
      }
    }
    return fields;
  }
}
