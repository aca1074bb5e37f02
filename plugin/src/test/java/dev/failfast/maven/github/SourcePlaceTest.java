package dev.failfast.maven.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source line an annotation points to, relative to the repository root, as GitHub needs. */
class SourcePlaceTest {

  @TempDir
  Path repository;

  private static String trace(String... frames) {
    return "java.lang.IllegalStateException: gateway down\n" + String.join("\n", frames) + "\n";
  }

  private Path source(String relative) throws IOException {
    Path file = repository.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "class X {}\n");
  }

  @Test
  void aModulesTestIsNamedFromTheRepositoryRoot() throws IOException {
    source("payments/src/test/java/com/acme/PayTest.java");
    SourcePlace.Finder finder = new SourcePlace.Finder(repository,
        List.of(repository.resolve("payments/src/test/java")));
    assertThat(finder.find("com.acme.PayTest", trace(
        "\tat com.acme.Gateway.charge(Gateway.java:40)",
        "\tat app//com.acme.PayTest.charge(PayTest.java:17)",
        "\tat java.base/java.lang.reflect.Method.invoke(Method.java:569)")))
        .contains(new SourcePlace("payments/src/test/java/com/acme/PayTest.java", 17));
  }

  @Test
  void aNestedClassesFrameIsInItsTopLevelClassesFile() throws IOException {
    source("src/test/java/com/acme/OuterTest.java");
    SourcePlace.Finder finder = new SourcePlace.Finder(repository, List.of(repository.resolve("src/test/java")));
    assertThat(finder.find("com.acme.OuterTest$Inner", trace("\tat com.acme.OuterTest$Inner.t(OuterTest.java:31)")))
        .contains(new SourcePlace("src/test/java/com/acme/OuterTest.java", 31));
  }

  /** A class declared in another class's file (or in Kotlin) has its frames name that file. */
  @Test
  void theFrameNamesTheFileItsClassIsIn() throws IOException {
    source("src/test/java/com/acme/Helpers.java");
    SourcePlace.Finder finder = new SourcePlace.Finder(repository, List.of(repository.resolve("src/test/java")));
    assertThat(finder.find("com.acme.PayTest", trace("\tat com.acme.PayTest.t(Helpers.java:5)")))
        .contains(new SourcePlace("src/test/java/com/acme/Helpers.java", 5));
  }

  @Test
  void theLaterTestSourceRootHoldingTheFileIsFound() throws IOException {
    source("src/it/java/com/acme/PayIT.java");
    SourcePlace.Finder finder = new SourcePlace.Finder(repository,
        List.of(repository.resolve("src/test/java"), repository.resolve("src/it/java")));
    assertThat(finder.find("com.acme.PayIT", trace("\tat com.acme.PayIT.t(PayIT.java:8)")))
        .contains(new SourcePlace("src/it/java/com/acme/PayIT.java", 8));
  }

  @Test
  void noFrameOfTheTestClassFindsNoPlace() throws IOException {
    source("src/test/java/com/acme/PayTest.java");
    SourcePlace.Finder finder = new SourcePlace.Finder(repository, List.of(repository.resolve("src/test/java")));
    assertThat(finder.find("com.acme.PayTest", trace("\tat com.acme.Gateway.charge(Gateway.java:40)"))).isEmpty();
    assertThat(finder.find("com.acme.PayTest", trace("\tat com.acme.PayTest.t(Unknown Source)"))).isEmpty();
    assertThat(finder.find("com.acme.PayTest", null)).isEmpty();
  }

  @Test
  void aSourceOutsideTheRepositoryRootFindsNoPlace() throws IOException {
    source("elsewhere/src/test/java/com/acme/PayTest.java");
    SourcePlace.Finder finder = new SourcePlace.Finder(repository.resolve("checkout"),
        List.of(repository.resolve("elsewhere/src/test/java")));
    assertThat(finder.find("com.acme.PayTest", trace("\tat com.acme.PayTest.t(PayTest.java:3)"))).isEmpty();
  }

  @Test
  void theRepositoryRootIsTheWorkspaceElseTheDirectoryHoldingGitElseTheProject() throws IOException {
    Path module = Files.createDirectories(repository.resolve("parent/module"));
    assertThat(SourcePlace.repositoryRoot("/checkout", module)).isEqualTo(Path.of("/checkout"));
    Files.createDirectories(repository.resolve("parent/.git"));
    assertThat(SourcePlace.repositoryRoot(null, module)).isEqualTo(repository.resolve("parent"));
    assertThat(SourcePlace.repositoryRoot(" ", module)).isEqualTo(repository.resolve("parent"));
    Path lone = Files.createDirectories(repository.resolve("lone"));
    assertThat(SourcePlace.repositoryRoot(null, lone)).isIn(lone, gitAbove(lone));
  }

  /** The temporary directory may itself sit in a checkout: then that checkout is the root. */
  private static Path gitAbove(Path directory) {
    for (Path d = directory; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        return d;
      }
    }
    return directory;
  }
}
