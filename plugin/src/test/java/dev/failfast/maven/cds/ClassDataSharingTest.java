package dev.failfast.maven.cds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.failfast.maven.fork.ForkCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which archive a test JVM gets, and when none: the IT {@code cds} shows a real archive trained and mapped. */
class ClassDataSharingTest {

  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir
  Path temp;

  private Path jar(String name) throws Exception {
    return Files.writeString(temp.resolve(name), name);
  }

  @Test
  void aChangedJarOrJdkGetsAnotherArchive() throws Exception {
    Path launcher = jar("junit-platform-launcher-1.14.0.jar");
    String before = ArchiveKey.of(JAVA, List.of(launcher));

    assertThat(ArchiveKey.of(JAVA, List.of(launcher))).isEqualTo(before).endsWith(".jsa");
    Files.setLastModifiedTime(launcher, FileTime.fromMillis(Files.getLastModifiedTime(launcher).toMillis() + 5_000));
    assertThat(ArchiveKey.of(JAVA, List.of(launcher))).isNotEqualTo(before);
    // another JDK of this machine than the one running the test, when there is one
    for (String other : List.of("/usr/lib/jvm/temurin-25-jdk-amd64", "/usr/lib/jvm/java-17-openjdk-amd64")) {
      Path otherJava = Path.of(other, "bin", "java");
      if (Files.isExecutable(otherJava) && !otherJava.toRealPath().equals(JAVA.toRealPath())) {
        assertThat(ArchiveKey.of(otherJava, List.of(launcher))).isNotEqualTo(ArchiveKey.of(JAVA, List.of(launcher)));
      }
    }
  }

  @Test
  void anExistingArchivePutsItsJarsFirstAndIsMappedWithAFallback() throws Exception {
    Path classes = Files.createDirectories(temp.resolve("test-classes"));
    Path engine = jar("junit-jupiter-engine-5.14.0.jar");
    Path other = jar("commons-lang3-3.17.0.jar");
    ForkCommand command = new ForkCommand(JAVA, List.of("-ea"), Map.of(), List.of(classes, other, engine));
    Path directory = Files.createDirectories(temp.resolve("failfast-cds"));
    Path archive = Files.writeString(directory.resolve(ArchiveKey.of(JAVA, List.of(engine))), "archive");
    Files.setLastModifiedTime(archive, FileTime.fromMillis(0));

    ClassDataSharing sharing = ClassDataSharing.prepare(command, directory);
    ForkCommand shared = sharing.apply(command);

    // marked as used, so that pruning keeps it before archives trained later but not used since
    assertThat(Files.getLastModifiedTime(archive).toMillis()).isGreaterThan(0);

    assertThat(shared.jvmArguments())
        .containsExactly("-Xshare:auto", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off", "-ea");
    assertThat(shared.classpath()).containsExactly(engine, classes, other, engine);
  }

  @Test
  void anArgLineThatManagesSharingItselfKeepsItToItself() throws Exception {
    Path engine = jar("junit-jupiter-engine-5.14.0.jar");
    for (String own : List.of("-Xshare:off", "-XX:SharedArchiveFile=app.jsa", "-XX:+AutoCreateSharedArchive",
        "-XX:AOTCache=app.aot")) {
      ForkCommand command = new ForkCommand(JAVA, List.of(own), Map.of(), List.of(engine));

      ClassDataSharing sharing = ClassDataSharing.prepare(command, temp.resolve("failfast-cds"));

      assertThat(sharing.apply(command)).as(own).isEqualTo(command);
      assertThat(sharing).hasToString("off: the argLine sets its own class data sharing");
    }
    assertThat(temp.resolve("failfast-cds")).doesNotExist();
  }

  @Test
  void onlyTheArchivesLastUsedAreKept() throws Exception {
    Path directory = Files.createDirectories(temp.resolve("failfast-cds"));
    for (int age = 0; age < 5; age++) {
      Path archive = Files.writeString(directory.resolve("archive-" + age + ".jsa"), "archive");
      Files.setLastModifiedTime(archive, FileTime.fromMillis(1_000_000_000_000L - age * 60_000L));
    }
    Path partial = Files.writeString(directory.resolve("archive-9.jsa.1234.partial"), "training under way");
    Files.setLastModifiedTime(partial, FileTime.fromMillis(0));

    ClassDataSharing.keepLastUsed(directory, ClassDataSharing.ARCHIVES_KEPT);

    try (var left = Files.list(directory)) {
      assertThat(left.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("archive-0.jsa", "archive-1.jsa", "archive-2.jsa", "archive-9.jsa.1234.partial");
    }
  }

  @Test
  void switchedOffItChangesNothing() throws Exception {
    ForkCommand command = new ForkCommand(JAVA, List.of(), Map.of(), List.of(jar("junit-jupiter-engine-5.14.0.jar")));

    assertThat(ClassDataSharing.off("failfast.cds is false").apply(command)).isEqualTo(command);
  }
}
