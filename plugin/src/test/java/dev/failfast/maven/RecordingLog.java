package dev.failfast.maven;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.apache.maven.plugin.logging.Log;

/** A Maven log that keeps its lines, each prefixed with its level as Maven prints it. */
public final class RecordingLog implements Log {

  private final List<String> lines = new ArrayList<>();
  private final long nanosPerLine;

  public RecordingLog() {
    this(Duration.ZERO);
  }

  /** A log that takes {@code perLine} to print each line, as a console a CI runner reads slowly. */
  public RecordingLog(Duration perLine) {
    this.nanosPerLine = perLine.toNanos();
  }

  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  private void add(String level, CharSequence content) {
    if (nanosPerLine > 0) {
      LockSupport.parkNanos(nanosPerLine);
    }
    synchronized (this) {
      lines.add("[" + level + "] " + content);
    }
  }

  @Override
  public boolean isDebugEnabled() {
    return false;
  }

  @Override
  public void debug(CharSequence content) {}

  @Override
  public void debug(CharSequence content, Throwable error) {}

  @Override
  public void debug(Throwable error) {}

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public void info(CharSequence content) {
    add("INFO", content);
  }

  @Override
  public void info(CharSequence content, Throwable error) {
    add("INFO", content);
  }

  @Override
  public void info(Throwable error) {
    add("INFO", error.toString());
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public void warn(CharSequence content) {
    add("WARNING", content);
  }

  @Override
  public void warn(CharSequence content, Throwable error) {
    add("WARNING", content);
  }

  @Override
  public void warn(Throwable error) {
    add("WARNING", error.toString());
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }

  @Override
  public void error(CharSequence content) {
    add("ERROR", content);
  }

  @Override
  public void error(CharSequence content, Throwable error) {
    add("ERROR", content);
  }

  @Override
  public void error(Throwable error) {
    add("ERROR", error.toString());
  }
}
