package dev.failfast.maven.report;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/** A reader, then a short text: spooled output followed by the marker of what was cut. */
final class TrailedReader extends Reader {

  private final Reader first;
  private final Reader trailer;
  private boolean firstDone;

  TrailedReader(Reader first, String trailer) {
    this.first = first;
    this.trailer = new StringReader(trailer);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (!firstDone) {
      int read = first.read(buffer, offset, length);
      if (read >= 0) {
        return read;
      }
      firstDone = true;
    }
    return trailer.read(buffer, offset, length);
  }

  @Override
  public void close() throws IOException {
    first.close();
  }
}
