package dev.failfast.maven;

import dev.failfast.junit.partition.Part;
import dev.failfast.maven.console.ConsoleReporter;
import dev.failfast.maven.report.ReportOptions;
import dev.failfast.maven.report.RunSummary;
import dev.failfast.maven.report.SummaryReader;
import dev.failfast.maven.report.SummaryWriter;
import dev.failfast.maven.run.RunEnding;
import dev.failfast.maven.run.Verdict;
import dev.failfast.maven.shard.ShardMerge;
import dev.failfast.maven.shard.SummaryFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Combines the summaries of a run's CI shards ({@code failfast.shard}) into one: prints each
 * shard's counts, one Results count line and one group table as a run does, writes the combined
 * {@code failfast-summary.json} (every class's time: the timings of the next split), and fails the
 * build as the run would have: a failed test (unless failures are ignored), a stopped one under
 * {@code failOnStopped}, or a shard that left no summary.
 */
@Mojo(name = "merge", threadSafe = true, requiresProject = false)
public class MergeMojo extends AbstractMojo {

  /**
   * The shards' summaries, comma-separated: each a {@code failfast-summary.json} or a directory
   * holding one, or holding the shards' reports directories (looked for 6 levels deep), such as
   * {@code shards} after a CI downloaded each shard's reports to {@code shards/<name>}.
   */
  @Parameter(property = "failfast.summaries", required = true)
  private List<String> summaries;

  /**
   * Where the combined summary is written; give it as {@code timings} to the next run's shards. Not
   * named {@code failfast-summary.json} by default, so that merging the same directories again does
   * not take it for a shard's.
   */
  @Parameter(property = "failfast.mergedSummary", defaultValue = "target/failfast-merged-summary.json")
  private File mergedSummary;

  /** Where relative paths start: the project's directory, or where Maven runs without one. */
  @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
  private File basedir;

  /** Report failing tests without failing the build, as in the run. */
  @Parameter(property = "maven.test.failure.ignore", defaultValue = "false")
  private boolean testFailureIgnore;

  /** Fail the build when a test was stopped by a cancellation, as in the run. */
  @Parameter(property = "failfast.failOnStopped", defaultValue = "false")
  private boolean failOnStopped;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<ShardMerge.Shard> shards = new ArrayList<>();
    RunSummary merged;
    try {
      for (Path file : SummaryFiles.find(summaries.stream().map(String::trim).filter(s -> !s.isEmpty())
          .map(basedir.toPath()::resolve).toList())) {
        shards.add(new ShardMerge.Shard(file, read(file)));
      }
      merged = ShardMerge.merge(shards);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("failfast could not read the summaries: " + e.getMessage(), e);
    }
    for (ShardMerge.Shard shard : shards) {
      getLog().info(ShardMerge.name(shard) + ": " + ConsoleReporter.counts(shard.summary().totals(), true));
    }
    new ConsoleReporter(getLog(), System.out, ReportOptions.DEFAULTS, mergedSummary.toPath().getParent())
        .summary(merged, List.of());
    try {
      SummaryWriter.write(mergedSummary.toPath(), merged);
      getLog().info("The combined summary is " + mergedSummary);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write " + mergedSummary + ": " + e.getMessage(), e);
    }
    List<Part> missing = ShardMerge.missing(shards);
    String noSummary = missing.isEmpty() ? null : "No summary of shard " + missing.stream().map(Part::toString)
        .collect(Collectors.joining(", ")) + ": its tests did not run, or its reports were not kept";
    String where = shards.stream().map(shard -> String.valueOf(shard.file().getParent()))
        .collect(Collectors.joining(", "));
    String failure = new Verdict(testFailureIgnore, failOnStopped)
        .failure(merged.totals(), new RunEnding(merged.forkExit(), noSummary), null, where);
    if (failure != null) {
      throw new MojoFailureException(failure);
    }
  }

  /** A summary, or a failure that names the file and the fix. */
  private static RunSummary read(Path file) throws MojoFailureException {
    try {
      return SummaryReader.read(file);
    } catch (NoSuchFileException e) {
      throw new MojoFailureException("summaries: " + file + " does not exist; give each shard's failfast-summary.json");
    } catch (IOException e) {
      throw new MojoFailureException("summaries: " + e.getMessage() + "; give the failfast-summary.json a shard's"
          + " run wrote, whole", e);
    }
  }
}
