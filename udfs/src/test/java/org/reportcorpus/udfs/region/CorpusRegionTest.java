package org.reportcorpus.udfs.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportcorpus.udfs.analysis.TestCorpus;
import org.reportcorpus.udfs.text.TextNormalizer;

/**
 * The real documents in {@code shared/corpus}: the five seeds must resolve to their labelled region,
 * the State Council's work reports and the NPC resolutions to {@link RegionMatch#national}.
 */
class CorpusRegionTest {

  private static final RegionResolver RESOLVER = RegionResolver.bundled();

  /** {@code shared/corpus}, beside the repository (found by the shared test helper). */
  static Optional<Path> corpusDir() {
    return Optional.of(org.reportcorpus.udfs.analysis.TestCorpus.sharedCorpus());
  }

  static Stream<Arguments> seeds() throws IOException {
    Optional<Path> corpus = corpusDir();
    if (corpus.isEmpty()) {
      return Stream.of(Arguments.of(null, null));
    }
    Path seeds = corpus.get().resolve("seeds");
    List<String> lines = Files.readAllLines(seeds.resolve("labels.tsv"), StandardCharsets.UTF_8);
    String[] header = lines.get(0).split("\t", -1);
    List<Arguments> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      Map<String, String> label = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        label.put(header[i], i < f.length ? f[i] : "");
      }
      out.add(Arguments.of(seeds.resolve(label.get("file")), label));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seedResolvesToItsLabel(Path file, Map<String, String> label) throws IOException {
    assertTrue(file != null, "shared/corpus not found beside the repository");
    String text = TextNormalizer.normalize(Files.readString(file, StandardCharsets.UTF_8));
    String reportYear = label.get("report_year");
    Integer year = reportYear.isBlank() ? null : Integer.valueOf(reportYear);
    for (Integer y : new Integer[] {year, null}) {
      RegionMatch m = RESOLVER.resolve(null, text, y).orElseThrow(() -> new AssertionError("no region for " + file));
      assertEquals(label.get("region"), m.regionName(), m::toString);
      assertEquals(label.get("region_code"), m.regionCode(), m::toString);
      assertEquals(label.get("province"), m.province(), m::toString);
      assertEquals(label.get("prefecture"), m.prefecture(), m::toString);
      assertEquals(label.get("admin_level"), m.adminLevel().label(), m::toString);
    }
  }

  @Test
  void governmentWorkReportsAreNational() throws IOException {
    Optional<Path> corpus = corpusDir();
    assertTrue(corpus.isPresent(), "shared/corpus not found beside the repository");
    int checked = 0;
    for (TestCorpus.WorkReport report : TestCorpus.workReports()) {
      String title = report.title();
      String content = TextNormalizer.normalize(report.content());
      for (String t : new String[] {title, null}) {
        Optional<RegionMatch> m = RESOLVER.resolve(t, content, null);
        assertTrue(m.isPresent(), "no region for " + title + (t == null ? " (text only)" : ""));
        assertEquals(AdminLevel.NATIONAL, m.get().adminLevel(), () -> title + " " + m.get());
      }
      checked++;
    }
    assertTrue(checked >= 70, "reports checked: " + checked);
  }
}
