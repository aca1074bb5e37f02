package dev.failfast.maven.select;

import static dev.failfast.maven.select.TestSelection.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.failfast.junit.fork.ForkSettings.MethodFilter;
import dev.failfast.maven.select.TestSelection.Criteria;
import dev.failfast.maven.select.TestSelection.GroupPatterns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestSelectionTest {

  private static final List<ClassPattern> INCLUDES =
      List.of(ClassPattern.of("**/*Test.java"), ClassPattern.of("**/*IT.java"));
  private static final List<ClassPattern> EXCLUDES = List.of(ClassPattern.of("**/*$*"));

  @TempDir
  Path classes;

  @BeforeEach
  void classFiles() throws IOException {
    for (String file : List.of("com/acme/OrderTest.class", "com/acme/OrderTest$Nested.class",
        "com/acme/db/UserIT.class", "com/acme/db/Helper.class", "com/acme/web/PageIT.class", "module-info.class")) {
      Path path = classes.resolve(file);
      Files.createDirectories(path.getParent());
      Files.createFile(path);
    }
  }

  @Test
  void selectsByIncludesAndExcludes() throws IOException {
    TestSelection selection = scan(ClassFiles.inDirectory(classes), new Criteria(INCLUDES, EXCLUDES, null, List.of()));
    assertThat(selection.classes())
        .containsExactlyInAnyOrder("com.acme.OrderTest", "com.acme.db.UserIT", "com.acme.web.PageIT");
    assertThat(selection.methodFilters()).isEmpty();
  }

  @Test
  void aTestFilterReplacesTheIncludesAndBringsItsMethodFilters() throws IOException {
    TestSelection selection =
        scan(ClassFiles.inDirectory(classes), new Criteria(INCLUDES, EXCLUDES, TestFilter.parse("*IT#find*, !PageIT"),
            List.of()));
    assertThat(selection.classes()).containsExactly("com.acme.db.UserIT");
    assertThat(selection.methodFilters()).containsExactly(new MethodFilter("com.acme.db.UserIT", true, "find[^/]*"));
  }

  @Test
  void pomGroupsAssignClassesByPattern() throws IOException {
    TestSelection selection = scan(ClassFiles.inDirectory(classes), new Criteria(INCLUDES, EXCLUDES, null,
        List.of(new GroupPatterns("db", List.of(ClassPattern.of("**/db/**"))),
            new GroupPatterns("web", List.of(ClassPattern.of("**/web/*"))))));
    assertThat(selection.groups()).isEqualTo(Map.of("com.acme.db.UserIT", "db", "com.acme.web.PageIT", "web"));
  }

  @Test
  void aClassClaimedByTwoPomGroupsIsAnError() {
    assertThatThrownBy(() -> scan(ClassFiles.inDirectory(classes), new Criteria(INCLUDES, EXCLUDES, null,
        List.of(new GroupPatterns("db", List.of(ClassPattern.of("**/db/**"))),
            new GroupPatterns("users", List.of(ClassPattern.of("**/*User*")))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("groups: com.acme.db.UserIT is matched by the <includes> of groups 'db' and 'users'; a class"
            + " belongs to one group, so narrow those patterns");
  }

  @Test
  void aMissingDirectoryHasNoTests() throws IOException {
    assertThat(scan(ClassFiles.inDirectory(classes.resolve("absent")), new Criteria(INCLUDES, EXCLUDES, null,
        List.of())).classes()).isEmpty();
  }

  @Test
  void keepsTheOrderOfTheClassFilesAndRunsAClassFoundTwiceOnce() {
    TestSelection selection = scan(
        List.of("com/acme/web/PageIT.class", "com/acme/OrderTest.class", "com/acme/web/PageIT.class"),
        new Criteria(INCLUDES, EXCLUDES, null, List.of()));
    assertThat(selection.classes()).containsExactly("com.acme.web.PageIT", "com.acme.OrderTest");
    assertThat(selection.ordered(RunOrder.of("alphabetical", null), 0).classes())
        .containsExactly("com.acme.OrderTest", "com.acme.web.PageIT");
  }
}
