package dev.failfast.junit.group;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * How a failure is put into words, safely: a throwable whose {@code getMessage()} or
 * {@code toString()} throws is still named by its class, with a note, and never replaced by what
 * its text threw, so its test keeps its own throwable, type and fatal or non-fatal verdict.
 */
@API(status = INTERNAL, since = "0.1")
public final class FailureText {

  private FailureText() {}

  /** The throwable's message, {@code null} when it has none, a note when asking for it throws. */
  public static String message(Throwable throwable) {
    try {
      return throwable.getMessage();
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      return "<getMessage() threw " + e.getClass().getName() + ">";
    }
  }

  /** {@code IllegalStateException: gateway down}: its simple name and its message's first line. */
  public static String summary(Throwable throwable) {
    String message = message(throwable);
    String type = throwable.getClass().getSimpleName();
    return message == null || message.isBlank() ? type : type + ": " + firstLine(message);
  }

  /** The full stack trace as {@link Throwable#printStackTrace()} prints it, or built with safe text. */
  public static String stackTrace(Throwable throwable) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      throwable.printStackTrace(out);
      return text.toString();
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      return safeStackTrace(throwable);
    }
  }

  private static String safeStackTrace(Throwable throwable) {
    StringBuilder text = new StringBuilder();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    String prefix = "";
    for (Throwable t = throwable; t != null && seen.add(t); t = cause(t)) {
      text.append(prefix).append(describe(t)).append(System.lineSeparator());
      for (StackTraceElement frame : t.getStackTrace()) {
        text.append("\tat ").append(frame).append(System.lineSeparator());
      }
      prefix = "Caused by: ";
    }
    return text.toString();
  }

  /** {@link Throwable#toString()}, or its class name and message when that throws. */
  private static String describe(Throwable throwable) {
    try {
      return throwable.toString();
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      String message = message(throwable);
      return throwable.getClass().getName() + (message == null ? "" : ": " + message)
          + " <toString() threw " + e.getClass().getName() + ">";
    }
  }

  private static Throwable cause(Throwable throwable) {
    try {
      return throwable.getCause();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end).stripTrailing();
  }
}
