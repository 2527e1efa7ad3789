package org.reportcorpus.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A generated corpus read back from disk the way a consumer would, for the tests' checks. */
final class GeneratedCorpus {

  record Document(String source, String format, String encoding, String title, String regionName, String regionCode,
      String province, String prefecture, String adminLevel, int year, String published, String issuer, int nChars) {}

  record Adoption(String term, String regionCode, int firstYear) {}

  record SloganRow(String slogan, int firstYear, int nRegions, String category, int plantedStart, String profile,
      int nDocs, long occurrences) {}

  record TopicWord(int topic, String label, String word, double probability) {}

  record DocTopic(String source, int topic, double weight, int nWords) {}

  final Path dir;
  final List<Document> documents = new ArrayList<>();
  /** source → term → occurrences (rows > 0 only). */
  final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
  final List<Adoption> adoption = new ArrayList<>();
  /** source → section kind → term → occurrences (rows > 0 only). */
  final Map<String, Map<String, Map<String, Integer>>> sectionCounts = new LinkedHashMap<>();
  /** source → slogan → occurrences (rows > 0 only). */
  final Map<String, Map<String, Integer>> sloganCounts = new LinkedHashMap<>();
  final List<SloganRow> slogans = new ArrayList<>();
  /** topic_words.tsv rows in file order; empty when the file is absent (no --topics). */
  final List<TopicWord> topicWords = new ArrayList<>();
  /** doc_topics.tsv rows in file order; empty when the file is absent (no --topics). */
  final List<DocTopic> docTopics = new ArrayList<>();
  private final Map<String, List<String>> jsonlLines = new HashMap<>();
  private final ObjectMapper json = new ObjectMapper();

  private GeneratedCorpus(Path dir) {
    this.dir = dir;
  }

  static GeneratedCorpus read(Path dir) throws IOException {
    GeneratedCorpus corpus = new GeneratedCorpus(dir);
    for (String[] f : rows(dir.resolve("truth/documents.tsv"), TruthWriter.DOCUMENTS_HEADER)) {
      corpus.documents.add(new Document(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], Integer.parseInt(f[9]),
          f[10], f[11], Integer.parseInt(f[12])));
    }
    for (String[] f : rows(dir.resolve("truth/term_counts.tsv"), TruthWriter.TERM_COUNTS_HEADER)) {
      corpus.counts.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Integer.parseInt(f[2]));
    }
    for (String[] f : rows(dir.resolve("truth/adoption.tsv"), TruthWriter.ADOPTION_HEADER)) {
      corpus.adoption.add(new Adoption(f[0], f[1], Integer.parseInt(f[2])));
    }
    for (String[] f : rows(dir.resolve("truth/section_term_counts.tsv"), TruthWriter.SECTION_COUNTS_HEADER)) {
      Integer old = corpus.sectionCounts.computeIfAbsent(f[0], k -> new LinkedHashMap<>())
          .computeIfAbsent(f[1], k -> new LinkedHashMap<>()).put(f[2], Integer.parseInt(f[3]));
      if (old != null) {
        throw new IllegalStateException("duplicate section row " + String.join(" ", f));
      }
    }
    for (String[] f : rows(dir.resolve("truth/slogan_counts.tsv"), TruthWriter.SLOGAN_COUNTS_HEADER)) {
      corpus.sloganCounts.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Integer.parseInt(f[2]));
    }
    for (String[] f : rows(dir.resolve("truth/slogans.tsv"), TruthWriter.SLOGANS_HEADER)) {
      corpus.slogans.add(new SloganRow(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3],
          Integer.parseInt(f[4]), f[5], Integer.parseInt(f[6]), Long.parseLong(f[7])));
    }
    if (Files.exists(dir.resolve("truth/topic_words.tsv"))) {
      for (String[] f : rows(dir.resolve("truth/topic_words.tsv"), TruthWriter.TOPIC_WORDS_HEADER)) {
        corpus.topicWords.add(new TopicWord(Integer.parseInt(f[0]), f[1], f[2], Double.parseDouble(f[3])));
      }
      for (String[] f : rows(dir.resolve("truth/doc_topics.tsv"), TruthWriter.DOC_TOPICS_HEADER)) {
        corpus.docTopics.add(new DocTopic(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]),
            Integer.parseInt(f[3])));
      }
    }
    return corpus;
  }

  private static List<String[]> rows(Path file, String header) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (!lines.get(0).equals(header)) {
      throw new IllegalStateException("expected header " + header + " in " + file + " but got " + lines.get(0));
    }
    int columns = header.split("\t").length;
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\t", -1);
      if (fields.length != columns) {
        throw new IllegalStateException("expected " + columns + " fields but got " + fields.length + ": " + line);
      }
      rows.add(fields);
    }
    return rows;
  }

  /** The report's text, decoded strictly in its declared encoding (JSONL: the content field). */
  String text(Document d) {
    if (d.format().equals("jsonl")) {
      return record(d).get("content").asText();
    }
    return decodeStrictly(bytes(d.source()), Charset.forName(d.encoding()));
  }

  JsonNode record(Document d) {
    int hash = d.source().indexOf("#L");
    String file = d.source().substring(0, hash);
    int line = Integer.parseInt(d.source().substring(hash + 2));
    List<String> lines = jsonlLines.computeIfAbsent(file,
        f -> List.of(decodeStrictly(bytes(f), StandardCharsets.UTF_8).split("\n")));
    try {
      return json.readTree(lines.get(line - 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(dir.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String decodeStrictly(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("not valid " + charset + ": " + e, e);
    }
  }

  static boolean isValid(byte[] bytes, Charset charset) {
    try {
      decodeStrictly(bytes, charset);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }
}
