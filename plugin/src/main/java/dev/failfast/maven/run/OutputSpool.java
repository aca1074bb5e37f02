package dev.failfast.maven.run;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.failfast.maven.report.TestOutput;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;

/**
 * A directory of files holding tests' output until their reports are written, so that the build
 * JVM's heap stays bounded whatever the tests print (docs/reports.md Bounds). Each test's stream
 * keeps at most {@link #LIMIT_BYTES}; what is beyond is cut and counted, and the report says so.
 * Closing the spool deletes the directory.
 */
public final class OutputSpool implements Closeable {

  /**
   * What one test's stream keeps: Surefire keeps all of it and has no setting for a limit, so
   * neither has failfast; this is far more than a report reader shows.
   */
  public static final int LIMIT_BYTES = 10 * 1024 * 1024;

  private final Path directory;
  private int files;

  /** @param directory created if needed; it should be failfast's own, as closing deletes it */
  public OutputSpool(Path directory) throws IOException {
    this.directory = Files.createDirectories(directory);
  }

  /** A new, empty stream of one test. */
  TestStream open() {
    return new TestStream(directory.resolve(++files + ".txt"));
  }

  @Override
  public void close() throws IOException {
    try (var paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** One test's output to one stream: its file, opened on the first text. */
  static final class TestStream {
    private final Path file;
    private OutputStream out;
    private long kept;
    private long cut;
    private String lost;

    private TestStream(Path file) {
      this.file = file;
    }

    void append(String text) {
      byte[] bytes = text.getBytes(UTF_8);
      // Once something is cut, nothing after it is kept: the output reads as it was, up to the marker.
      int keep = lost != null || cut > 0 ? 0 : utf8Boundary(bytes, (int) Math.min(bytes.length, LIMIT_BYTES - kept));
      try {
        if (keep > 0) {
          if (out == null) {
            out = new BufferedOutputStream(
                Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
          }
          out.write(bytes, 0, keep);
          kept += keep;
        }
      } catch (IOException e) {
        lost = e.toString();
        keep = 0;
      }
      cut += bytes.length - keep;
    }

    /** Closes the file until more text comes; the test has finished. */
    void pause() {
      if (out != null) {
        try {
          out.close();
        } catch (IOException e) {
          lost = e.toString();
        }
        out = null;
      }
    }

    /** {@code null} when the test printed nothing to this stream. */
    TestOutput output() {
      pause();
      if (kept == 0 && cut == 0) {
        return null;
      }
      String trailer = cut == 0 ? ""
          : "\n[… " + cut + " bytes cut: "
              + (lost != null ? "the output could not be spooled: " + lost
                  : "failfast keeps the first " + LIMIT_BYTES + " bytes of a test's output to a stream") + "]\n";
      return TestOutput.spooled(file, trailer);
    }

    /** Frees the disk once the report holds the output. */
    void delete() {
      pause();
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // the spool's directory goes at the end of the run
      }
    }

    /** The largest length up to {@code length} that does not end inside a UTF-8 sequence. */
    private static int utf8Boundary(byte[] bytes, int length) {
      int end = length;
      if (end < bytes.length) {
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
          end--;
        }
      }
      return end;
    }
  }
}
