package dev.failfast.maven.cds;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What an archive was built from, as a file name: the JDK (its {@code java}, its {@code release}
 * file, its module image) and each archived jar (path, size, time), which is what the JVM checks
 * before it uses an archive. Any change gives another name, so a stale archive is never handed to
 * a test JVM.
 */
final class ArchiveKey {

  /** Bumped when what is archived, or how, changes. */
  private static final String FORMAT = "failfast-cds-2";

  private ArchiveKey() {}

  /**
   * @param java the test JVM's {@code java} executable, in {@code <jdk>/bin}
   * @param jars the archived jars, in class path order
   * @return the archive's file name
   * @throws IOException when the JDK or a jar cannot be read
   */
  static String of(Path java, List<Path> jars) throws IOException {
    MessageDigest digest = sha256();
    update(digest, FORMAT);
    Path realJava = java.toRealPath();
    update(digest, realJava.toString());
    Path home = realJava.getParent() == null ? null : realJava.getParent().getParent();
    if (home != null) {
      Path release = home.resolve("release");
      if (Files.isRegularFile(release)) {
        digest.update(Files.readAllBytes(release));
      }
      fileIdentity(digest, home.resolve("lib").resolve("modules"));
    }
    for (Path jar : jars) {
      fileIdentity(digest, jar);
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 10) + ".jsa";
  }

  private static void fileIdentity(MessageDigest digest, Path file) throws IOException {
    if (Files.exists(file)) {
      update(digest, file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis());
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
