package dev.failfast.maven.fork;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.function.Consumer;

/**
 * Splits a process's output into lines, reading it in bounded chunks: a line over
 * {@link #MAX_LINE_BYTES} is cut there with a marker saying how much was left out, so no output,
 * however long its lines, takes more memory than one such line.
 */
final class OutputLines {

  /** The longest line kept whole, in bytes. */
  static final int MAX_LINE_BYTES = 64 << 10;

  private final Charset charset;
  private final Consumer<String> lines;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private long cutBytes;

  private OutputLines(Charset charset, Consumer<String> lines) {
    this.charset = charset;
    this.lines = lines;
  }

  /**
   * Delivers each line of {@code output} until it ends, the last one even without a line end;
   * line ends are {@code \n} and {@code \r\n}.
   */
  static void forward(InputStream output, Charset charset, Consumer<String> lines) throws IOException {
    OutputLines splitter = new OutputLines(charset, lines);
    byte[] chunk = new byte[8192];
    for (int read = output.read(chunk); read >= 0; read = output.read(chunk)) {
      int start = 0;
      for (int i = 0; i < read; i++) {
        if (chunk[i] == '\n') {
          splitter.append(chunk, start, i - start);
          splitter.endLine();
          start = i + 1;
        }
      }
      splitter.append(chunk, start, read - start);
    }
    if (splitter.line.size() > 0 || splitter.cutBytes > 0) {
      splitter.endLine();
    }
  }

  private void append(byte[] bytes, int offset, int length) {
    int kept = Math.max(0, Math.min(length, MAX_LINE_BYTES - line.size()));
    line.write(bytes, offset, kept);
    cutBytes += length - kept;
  }

  private void endLine() {
    byte[] bytes = line.toByteArray();
    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' && cutBytes == 0 ? bytes.length - 1 : bytes.length;
    String text = new String(bytes, 0, length, charset);
    lines.accept(cutBytes == 0 ? text : text + " [failfast cut this line: " + cutBytes + " more bytes]");
    line.reset();
    cutBytes = 0;
  }
}
