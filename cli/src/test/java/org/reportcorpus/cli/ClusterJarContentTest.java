package org.reportcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What ships: the jobs' jars hold the jobs, the udfs and (the cluster jar) their libraries, never
 * the sample generator, the benchmarks and their evaluation code, or the local command line.
 *
 * <p>Reads jobs/target, so it runs in this module's package phase (a second surefire execution,
 * see cli/pom.xml): the reactor builds this module after jobs, whose jars exist by then.
 */
class ClusterJarContentTest {

  /** Prefixes (of entry names) that must not be in any jar of the jobs module. */
  static final List<String> NOT_SHIPPED = List.of(
      "org/reportcorpus/generator/", "org/reportcorpus/bench/", "org/reportcorpus/cli/",
      "org/reportcorpus/jobs/generate/", "org/reportcorpus/jobs/bench/", "org/reportcorpus/jobs/cli/",
      "cc/mallet/",
      // corpus.catalog=hive is for the local command line: a cluster brings its own Hive and metastore.
      "org/apache/spark/sql/hive/", "org/apache/hadoop/hive/", "org/apache/derby/");

  /** Class names that must not be anywhere in those jars. */
  static final List<String> NOT_SHIPPED_CLASSES = List.of("TopicComparison", "BenchCommand", "CorpusCli",
      "DemoCommand", "SampleCorpusGenerator");

  @Test
  void theClusterJarHoldsTheJobsAndNothingOfTheGeneratorBenchOrCli() throws IOException {
    Path jar = clusterJar();
    List<String> entries = entries(jar);
    assertTrue(entries.contains("org/reportcorpus/jobs/pipeline/PipelineJob.class"), jar + " holds no PipelineJob");
    assertTrue(entries.contains("org/reportcorpus/jobs/sql/SqlFunctions.class"), jar + " holds no SqlFunctions");
    assertTrue(entries.stream().anyMatch(e -> e.startsWith("org/reportcorpus/udfs/")), jar + " holds no udfs");
    assertEquals(List.of(), forbidden(entries), jar.toString());
    // The trend report inlines ECharts: its bundle ships, the rest of the 40 MB webjar does not.
    assertTrue(entries.contains(org.reportcorpus.jobs.report.HtmlReport.ECHARTS), jar + " holds no ECharts bundle");
    assertEquals(List.of(org.reportcorpus.jobs.report.HtmlReport.ECHARTS),
        entries.stream().filter(e -> e.startsWith("META-INF/resources/webjars/") && e.endsWith(".js")).toList());
  }

  @Test
  void thePlainJobsJarHoldsNothingOfTheGeneratorBenchOrCli() throws IOException {
    Path jar = RepoPaths.root().resolve("jobs/target/corpus-jobs.jar");
    assertTrue(Files.isRegularFile(jar), jar + " not built: run mvn package or verify from the repository root");
    List<String> entries = entries(jar);
    assertTrue(entries.contains("org/reportcorpus/jobs/pipeline/PipelineJob.class"), jar + " holds no PipelineJob");
    assertEquals(List.of(), forbidden(entries), jar.toString());
  }

  @Test
  void theCheckFindsWhatMustNotShip() {
    assertEquals(List.of("org/reportcorpus/generator/Seeds.class", "org/reportcorpus/jobs/topics/TopicComparison.class",
            "org/reportcorpus/bench/BenchCli$1.class", "cc/mallet/topics/ParallelTopicModel.class"),
        forbidden(List.of("org/reportcorpus/generator/Seeds.class", "org/reportcorpus/jobs/topics/TopicComparison.class",
            "org/reportcorpus/jobs/cli/", "org/reportcorpus/jobs/pipeline/PipelineJob.class",
            "org/reportcorpus/bench/BenchCli$1.class", "cc/mallet/topics/ParallelTopicModel.class",
            "org/reportcorpus/jobs/topics/TopicsJob.class")));
  }

  /** The files among the entries that must not ship (empty folders, left by an earlier build in target/classes, carry nothing). */
  static List<String> forbidden(List<String> entries) {
    List<String> found = new ArrayList<>();
    for (String entry : entries) {
      if (entry.endsWith("/")) {
        continue;
      }
      String simpleName = entry.substring(entry.lastIndexOf('/') + 1).replaceFirst("[$.].*", "");
      if (NOT_SHIPPED.stream().anyMatch(entry::startsWith)
          || (entry.endsWith(".class") && NOT_SHIPPED_CLASSES.contains(simpleName))) {
        found.add(entry);
      }
    }
    return found;
  }

  /** The shaded jar spark-submit runs: jobs/target/corpus-jobs-VERSION-cluster.jar. */
  static Path clusterJar() throws IOException {
    Path target = RepoPaths.root().resolve("jobs/target");
    List<Path> jars;
    try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
      jars = files.filter(p -> p.getFileName().toString().matches("corpus-jobs-.*-cluster\\.jar")).toList();
    }
    assertEquals(1, jars.size(), "expected one cluster jar in " + target + " (run mvn package or verify from the"
        + " repository root) but found " + jars);
    return jars.get(0);
  }

  private static List<String> entries(Path jar) throws IOException {
    List<String> names = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : java.util.Collections.list(file.entries())) {
        names.add(entry.getName());
      }
    }
    assertFalse(names.isEmpty(), jar + " is empty");
    return names;
  }
}
