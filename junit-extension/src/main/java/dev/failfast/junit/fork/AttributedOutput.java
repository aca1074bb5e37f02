package dev.failfast.junit.fork;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One of the fork's standard streams, as {@link OutputCapture} installs it: what a thread writes
 * is kept per thread and streamed as {@link ForkEvents#output} events attributed to the test that
 * wrote it, at each line's end or once {@link #CHUNK} bytes are pending, so no test's output is
 * ever held whole. The bytes are UTF-8, as the {@code PrintStream} around this writes them.
 */
final class AttributedOutput extends OutputStream {

  /** The most bytes kept for one thread before they are streamed, line end or not. */
  static final int CHUNK = 8192;

  /** What a thread wrote that has not been streamed yet, and the test it belongs to. */
  private static final class Pending {
    final String owner;
    byte[] bytes = new byte[128];
    int count;

    Pending(String owner) {
      this.owner = owner;
    }
  }

  private final ForkEvents events;
  private final String stream;
  private final Function<Thread, String> ownerOf;
  private final Map<Thread, Pending> pending = new HashMap<>();

  /**
   * @param stream {@code stdout} or {@code stderr}
   * @param ownerOf the id of the test output of a thread belongs to, {@code null} for none
   */
  AttributedOutput(ForkEvents events, String stream, Function<Thread, String> ownerOf) {
    this.events = events;
    this.stream = stream;
    this.ownerOf = ownerOf;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    Objects.checkFromIndexSize(off, len, b.length);
    Thread thread = Thread.currentThread();
    String owner = ownerOf.apply(thread);
    Pending p = pending.get(thread);
    if (p != null && !Objects.equals(p.owner, owner)) {
      emit(p, p.count);
      p = null;
    }
    if (p == null) {
      p = new Pending(owner);
      pending.put(thread, p);
    }
    for (int end = off + len; off < end; ) {
      int n = Math.min(end - off, CHUNK - p.count);
      if (p.bytes.length < p.count + n) {
        p.bytes = Arrays.copyOf(p.bytes, Math.min(CHUNK, Math.max(p.bytes.length * 2, p.count + n)));
      }
      System.arraycopy(b, off, p.bytes, p.count, n);
      p.count += n;
      off += n;
      if (p.count == CHUNK) {
        emit(p, charBoundary(p.bytes, p.count));
      } else {
        emit(p, lastLineEnd(p.bytes, p.count - n, p.count));
      }
    }
  }

  /** Streams what the test's threads wrote and kept, line end or not: the test has finished. */
  synchronized void flush(String owner) {
    for (Iterator<Map.Entry<Thread, Pending>> i = pending.entrySet().iterator(); i.hasNext(); ) {
      Map.Entry<Thread, Pending> entry = i.next();
      Pending p = entry.getValue();
      if (Objects.equals(p.owner, owner)) {
        emit(p, p.count);
      }
      if (p.count == 0 && (p.owner != null || !entry.getKey().isAlive())) {
        i.remove(); // the thread writes for another test next, or no more
      }
    }
  }

  /** Streams everything kept: the run has ended. */
  synchronized void flushAll() {
    pending.values().forEach(p -> emit(p, p.count));
    pending.clear();
  }

  // Streams the first n bytes and keeps the rest.
  private void emit(Pending p, int n) {
    if (n <= 0) {
      return;
    }
    events.output(p.owner, stream, new String(p.bytes, 0, n, StandardCharsets.UTF_8));
    System.arraycopy(p.bytes, n, p.bytes, 0, p.count - n);
    p.count -= n;
  }

  /** The length up to and including the last line end in {@code bytes[from, to)}, or 0. */
  private static int lastLineEnd(byte[] bytes, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (bytes[i] == '\n') {
        return i + 1;
      }
    }
    return 0;
  }

  /** The longest prefix of {@code bytes[0, count)} that ends with a whole UTF-8 character. */
  static int charBoundary(byte[] bytes, int count) {
    int lead = count - 1;
    while (lead > 0 && count - lead < 4 && (bytes[lead] & 0xC0) == 0x80) {
      lead--; // continuation bytes
    }
    int b = bytes[lead] & 0xFF;
    int length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    return lead + length <= count ? count : lead == 0 ? count : lead;
  }
}
