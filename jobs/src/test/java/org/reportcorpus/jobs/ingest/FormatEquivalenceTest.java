package org.reportcorpus.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.reportcorpus.jobs.ingest.formats.FormatFixtures;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.udfs.analysis.DocumentAnalyzer;
import org.reportcorpus.udfs.meta.DocumentMetadata;

/**
 * The same seed written as GB18030, Big5, UTF-16 (with and without BOM), an HTML page with site
 * chrome, .docx and .pdf — all made here — ingests to the same cleaned body text and metadata as
 * the plain UTF-8 .txt. Line breaks may differ (a PDF wraps lines), so texts are compared with
 * whitespace removed; the metadata must be equal.
 */
class FormatEquivalenceTest {

  private static final SourceReader READER = new SourceReader(List.of("content", "text", "full_text"), 100_000_000);
  private static final DocumentBuilder BUILDER =
      new DocumentBuilder(DocumentAnalyzer.load(Fixtures.repoRoot().resolve("conf")));

  @TestFactory
  Stream<DynamicTest> everyFormatGivesThePlainTextsDocument() {
    Map<String, byte[]> variants = new LinkedHashMap<>();
    String traditional = FormatFixtures.seed(FormatFixtures.TRADITIONAL_SEED);
    String simplified = FormatFixtures.seed(FormatFixtures.SIMPLIFIED_SEED);
    variants.put("000-big5.txt", FormatFixtures.encode(traditional, "Big5"));
    variants.put("000.html", FormatFixtures.html(traditional, "UTF-8").getBytes(StandardCharsets.UTF_8));
    variants.put("000.docx", FormatFixtures.docx(traditional));
    variants.put("004-gb18030.txt", FormatFixtures.encode(simplified, "GB18030"));
    variants.put("004-utf16le-bom.txt", FormatFixtures.withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
        FormatFixtures.encode(simplified, "UTF-16LE")));
    variants.put("004-utf16be.txt", FormatFixtures.encode(simplified, "UTF-16BE"));
    variants.put("004.html", FormatFixtures.html(simplified, "GB18030").getBytes(java.nio.charset.Charset.forName("GB18030")));
    variants.put("004.docx", FormatFixtures.docx(simplified));
    variants.put("004.pdf", FormatFixtures.pdf(simplified));
    return variants.entrySet().stream().map(variant -> DynamicTest.dynamicTest(variant.getKey(), () -> {
      String plainSeed = variant.getKey().startsWith("000") ? traditional : simplified;
      DocumentBuilder.Document plain = build("/seeds/plain.txt", plainSeed.getBytes(StandardCharsets.UTF_8));
      DocumentBuilder.Document other = build("/seeds/" + variant.getKey(), variant.getValue());
      DocumentMetadata want = plain.analysis().metadata();
      DocumentMetadata got = other.analysis().metadata();
      assertAll(
          // The .docx fixture ends with a two-cell table (联系人 | 法制科) that the plain text lacks.
          () -> FormatFixtures.assertSameText(plain.analysis().text()
              + (variant.getKey().endsWith(".docx") ? "联系人法制科" : ""), other.analysis().text()),
          () -> assertEquals(want.title(), got.title(), "title"),
          () -> assertEquals(want.docType(), got.docType(), "doc_type"),
          () -> assertEquals(want.reportYear(), got.reportYear(), "report_year"),
          () -> assertEquals(want.publishedDate(), got.publishedDate(), "published_date"),
          () -> assertEquals(want.issuer(), got.issuer(), "issuer"),
          () -> assertEquals(want.addressee(), got.addressee(), "addressee"),
          () -> assertEquals(want.docNumber(), got.docNumber(), "doc_number"),
          () -> assertEquals(want.region().regionCode(), got.region().regionCode(), "region_code"),
          () -> assertEquals(plain.script(), other.script(), "script"));
    }));
  }

  private static DocumentBuilder.Document build(String path, byte[] bytes) {
    List<ReadOutcome> outcomes = READER.read(path, bytes);
    assertEquals(1, outcomes.size());
    assertEquals(null, outcomes.get(0).reason(), () -> outcomes.get(0).detail());
    DocumentBuilder.Document doc = BUILDER.build(outcomes.get(0).document());
    assertNotNull(doc);
    return doc;
  }
}
