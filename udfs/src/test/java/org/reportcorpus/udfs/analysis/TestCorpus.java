package org.reportcorpus.udfs.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcorpus.udfs.region.RegionResolver;

/**
 * Where the tests find the repository's conf/ and the shared corpus beside the repository
 * (system property {@code corpus.repo.root}, set by surefire, else the working directory and its
 * parents), and the analyzer built from conf/ — built once per test JVM.
 */
public final class TestCorpus {

  private TestCorpus() {}

  public static Path repoRoot() {
    List<Path> starts = new ArrayList<>();
    String root = System.getProperty("corpus.repo.root");
    if (root != null && !root.isBlank()) {
      starts.add(Path.of(root));
    }
    starts.add(Path.of("").toAbsolutePath());
    for (Path start : starts) {
      for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
        if (Files.isRegularFile(p.resolve("conf/boilerplate.tsv"))) {
          return p;
        }
      }
    }
    throw new IllegalStateException("repository root with conf/boilerplate.tsv not found");
  }

  public static Path confDir() {
    return repoRoot().resolve("conf");
  }

  /** {@code shared/corpus} beside the repository. */
  public static Path sharedCorpus() {
    Path repo = repoRoot();
    for (Path p = repo; p != null; p = p.getParent()) {
      for (Path candidate : List.of(p.resolve("shared/corpus"), p.resolveSibling("shared").resolve("corpus"))) {
        if (Files.isDirectory(candidate.resolve("seeds"))) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("shared/corpus not found beside the repository " + repo);
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seeds' labels: one map (column → value) per seed, in file order. */
  public static List<Map<String, String>> seedLabels() {
    List<String> lines;
    try {
      lines = Files.readAllLines(sharedCorpus().resolve("seeds/labels.tsv"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] header = lines.get(0).split("\t", -1);
    List<Map<String, String>> labels = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      Map<String, String> label = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        label.put(header[i], i < cols.length ? cols[i] : "");
      }
      labels.add(label);
    }
    return labels;
  }

  /** The raw text of seed {@code prefix} (e.g. {@code "004"}). */
  public static String seed(String prefix) {
    try (var files = Files.list(sharedCorpus().resolve("seeds"))) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no seed " + prefix));
      return read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One of the State Council's work reports: {@code year} is the delivery year, null for NPC resolutions. */
  public record WorkReport(String title, String content, Integer year) {}

  private static final Pattern JSON_YEAR = Pattern.compile("\"year\"\\s*:\\s*\"?(\\d{4})");

  /** {@code gov-work-reports/government_work_reports.jsonl}, in file order. */
  public static List<WorkReport> workReports() {
    List<WorkReport> reports = new ArrayList<>();
    Path jsonl = sharedCorpus().resolve("gov-work-reports/government_work_reports.jsonl");
    try {
      for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        Matcher year = JSON_YEAR.matcher(line);
        reports.add(new WorkReport(JsonField.string(line, "title"), JsonField.string(line, "content"),
            year.find() ? Integer.valueOf(year.group(1)) : null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return reports;
  }

  private static final class Holder {
    static final ReportRules RULES = ReportRules.load(confDir());
    static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer(RULES, RegionResolver.bundled());
  }

  public static ReportRules rules() {
    return Holder.RULES;
  }

  public static DocumentAnalyzer analyzer() {
    return Holder.ANALYZER;
  }

  /** Reads one string field of a flat JSON object line; enough for the corpus files. */
  private static final class JsonField {
    private JsonField() {}

    static String string(String json, String field) {
      String key = "\"" + field + "\"";
      int at = json.indexOf(key);
      if (at < 0) {
        return null;
      }
      int i = json.indexOf(':', at + key.length()) + 1;
      while (Character.isWhitespace(json.charAt(i))) {
        i++;
      }
      if (json.charAt(i) != '"') {
        return null;
      }
      StringBuilder out = new StringBuilder();
      for (i++; i < json.length(); i++) {
        char c = json.charAt(i);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = json.charAt(++i);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> out.append(e);
        }
      }
      throw new IllegalArgumentException("unterminated string for " + field);
    }
  }
}
