package dev.failfast.maven.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Maps a class name to its report's file name, {@code TEST-<className>.xml}, so that no class name
 * can leave the reports directory or break the write (docs/reports.md Files).
 *
 * <p>A <em>plain</em> name, made only of letters, digits, {@code .}, {@code $} and {@code _} and
 * short enough for every file system, is used as it is: every real class name is plain, so file
 * names stay what Surefire users expect ({@code TEST-com.acme.Outer$Inner.xml}). Any other name
 * (path separators, {@code :}, spaces, control characters, surrogates, a name longer than {@value
 * #MAX_PLAIN_BYTES} UTF-8 bytes) has every code point outside ASCII letters, digits, {@code .},
 * {@code $} and {@code _} replaced by {@code _}, is cut to {@value #MAX_SANITIZED_CHARS}
 * characters, and gets {@code -} and a hash of the full original name appended. The {@code -} never
 * occurs in a plain name, so a sanitized name cannot collide with a plain one, and the hash keeps
 * two different sanitized names apart.
 *
 * <p>Why this cannot escape: the result never contains a separator, and the {@code TEST-} prefix
 * means it is never {@code .} or {@code ..}; so it is always one file directly in the directory.
 */
final class ReportFileNames {

  /** Leaves room for {@code TEST-} and {@code .xml} within the common 255-byte name limit. */
  static final int MAX_PLAIN_BYTES = 200;

  static final int MAX_SANITIZED_CHARS = 100;

  private ReportFileNames() {}

  static String forClass(String className) {
    return "TEST-" + (isPlain(className) ? className : sanitized(className)) + ".xml";
  }

  private static boolean isPlain(String name) {
    return !name.isEmpty()
        && name.codePoints().allMatch(ReportFileNames::isPlainCodePoint)
        && name.getBytes(UTF_8).length <= MAX_PLAIN_BYTES;
  }

  private static boolean isPlainCodePoint(int codePoint) {
    return Character.isLetterOrDigit(codePoint)
        || codePoint == '.'
        || codePoint == '$'
        || codePoint == '_';
  }

  private static boolean isSafeAscii(int codePoint) {
    return codePoint < 0x80 && isPlainCodePoint(codePoint);
  }

  private static String sanitized(String name) {
    StringBuilder out = new StringBuilder(MAX_SANITIZED_CHARS + 17);
    name.codePoints()
        .limit(MAX_SANITIZED_CHARS)
        .forEach(codePoint -> out.append(isSafeAscii(codePoint) ? (char) codePoint : '_'));
    return out.append('-').append(hash(name)).toString();
  }

  /**
   * 16 hex digits of SHA-256 over the name's raw UTF-16 code units: an encoder would replace a lone
   * surrogate and so make two different names hash alike.
   */
  private static String hash(String name) {
    ByteBuffer codeUnits = ByteBuffer.allocate(2 * name.length());
    codeUnits.asCharBuffer().put(name);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(codeUnits.array());
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
