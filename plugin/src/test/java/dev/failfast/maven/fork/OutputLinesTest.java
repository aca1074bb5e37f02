package dev.failfast.maven.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputLinesTest {

  private static List<String> lines(InputStream output) throws IOException {
    List<String> lines = new ArrayList<>();
    OutputLines.forward(output, StandardCharsets.UTF_8, lines::add);
    return lines;
  }

  private static InputStream text(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code length} bytes of {@code x}, made as they are read, never held whole. */
  private static InputStream generated(long length) {
    return new InputStream() {
      private long left = length;

      @Override
      public int read() {
        return left-- > 0 ? 'x' : -1;
      }

      @Override
      public int read(byte[] bytes, int offset, int count) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(count, left);
        Arrays.fill(bytes, offset, offset + n, (byte) 'x');
        left -= n;
        return n;
      }
    };
  }

  @Test
  void splitsOnLineEndsAndKeepsALastLineWithoutOne() throws IOException {
    assertThat(lines(text("one\ntwo\r\n\nlast"))).containsExactly("one", "two", "", "last");
    assertThat(lines(text(""))).isEmpty();
  }

  @Test
  void aLineAtTheLimitIsWhole() throws IOException {
    String line = "x".repeat(OutputLines.MAX_LINE_BYTES);
    assertThat(lines(text(line + "\nnext\n"))).containsExactly(line, "next");
  }

  @Test
  void aLineOneByteOverIsCutWithAMarker() throws IOException {
    String line = "x".repeat(OutputLines.MAX_LINE_BYTES);
    assertThat(lines(text(line + "y\nnext\n")))
        .containsExactly(line + " [failfast cut this line: 1 more bytes]", "next");
  }

  @Test
  void aHugeLineIsCutAndWhatFollowsStillArrives() throws IOException {
    long huge = 150L << 20;
    List<String> lines = lines(new SequenceInputStream(generated(huge), text("\nafter\n")));
    assertThat(lines).hasSize(2);
    String marker = " [failfast cut this line: " + (huge - OutputLines.MAX_LINE_BYTES) + " more bytes]";
    assertThat(lines.get(0)).hasSize(OutputLines.MAX_LINE_BYTES + marker.length()).endsWith(marker);
    assertThat(lines.get(1)).isEqualTo("after");
  }
}
