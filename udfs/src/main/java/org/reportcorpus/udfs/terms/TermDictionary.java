package org.reportcorpus.udfs.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportcorpus.udfs.text.TextNormalizer;

/**
 * The policy-term vocabulary read from a tab-separated file (conf/terms.tsv).
 *
 * <p>Columns: term, category, aliases (separated by {@code |}). Lines starting with {@code #}
 * and a header line starting with {@code term} are skipped. Terms and aliases are normalized
 * with {@link TextNormalizer} so that a term written with full-width signs or in traditional
 * script still matches the normalized text.
 */
public final class TermDictionary implements Serializable {

  private final List<TermEntry> entries;

  private TermDictionary(List<TermEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static TermDictionary of(List<TermEntry> entries) {
    return new TermDictionary(entries);
  }

  public static TermDictionary load(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read term dictionary " + file + ": " + e.getMessage(), e);
    }
  }

  public static TermDictionary parse(String tsv) {
    try {
      return parse(new StringReader(tsv), "<string>");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TermDictionary parse(Reader reader, String source) throws IOException {
    Map<String, TermEntry> byTerm = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int lineNo = 0;
    while ((line = lines.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#") || line.startsWith("term\t")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String term = TextNormalizer.normalize(cols[0]).strip();
      if (term.isEmpty()) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": empty term");
      }
      String category = cols.length > 1 && !cols[1].isBlank() ? cols[1].strip() : "其他";
      List<String> aliases = new ArrayList<>();
      if (cols.length > 2 && !cols[2].isBlank()) {
        Arrays.stream(cols[2].split("\\|"))
            .map(a -> TextNormalizer.normalize(a).strip())
            .filter(a -> !a.isEmpty() && !a.equals(term))
            .distinct()
            .forEach(aliases::add);
      }
      if (byTerm.containsKey(term)) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": duplicate term " + term);
      }
      byTerm.put(term, new TermEntry(term, category, aliases));
    }
    return new TermDictionary(new ArrayList<>(byTerm.values()));
  }

  public List<TermEntry> entries() {
    return entries;
  }

  /** Every surface form (terms and aliases), for a segmenter's custom dictionary. */
  public List<String> allSurfaceForms() {
    List<String> forms = new ArrayList<>();
    for (TermEntry entry : entries) {
      forms.addAll(entry.surfaceForms());
    }
    return forms;
  }

  public int size() {
    return entries.size();
  }
}
