package org.reportcorpus.jobs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestSettingsTest {

  @Test
  void defaultsComeFromAnEmptyConfig() {
    assertEquals(IngestSettings.defaults(), IngestSettings.fromConfig(CorpusConfig.of(Map.of(), List.of())));
    assertEquals(100L * 1024 * 1024, IngestSettings.defaults().maxFileBytes());
    assertEquals(List.of("content", "text", "full_text"), IngestSettings.defaults().textFields());
  }

  @Test
  void readsEveryKey() {
    IngestSettings settings = IngestSettings.fromConfig(CorpusConfig.of(Map.ofEntries(
        Map.entry("corpus.ingest.max_file_bytes", "1000"),
        Map.entry("corpus.ingest.jsonl_text_fields", "正文, body"),
        Map.entry(IngestSettings.TITLE_FIELDS, "标题,title"),
        Map.entry(IngestSettings.YEAR_FIELDS, "年份"),
        Map.entry(IngestSettings.URL_FIELDS, "link"),
        Map.entry(IngestSettings.MAX_EXPANDED_BYTES, "5000000000"),
        Map.entry(IngestSettings.MAX_ARCHIVE_ENTRIES, "7"),
        Map.entry(IngestSettings.MAX_ARCHIVE_DEPTH, "1"),
        Map.entry(IngestSettings.MAX_TEXT_CHARS, "99"),
        Map.entry(IngestSettings.PDF_MIN_CHARS_PER_PAGE, "0"),
        Map.entry(IngestSettings.PARSE_TIMEOUT_S, "2.5")), List.of()));
    assertEquals(new IngestSettings(1000, List.of("正文", "body"), List.of("标题", "title"), List.of("年份"),
        List.of("link"), 5_000_000_000L, 7, 1, 99, 0, 2.5), settings);
  }

  @Test
  void badValuesNameTheirKey() {
    IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class, () -> IngestSettings.fromConfig(
        CorpusConfig.of(Map.of(IngestSettings.MAX_ARCHIVE_ENTRIES, "lots"), List.of())));
    assertTrue(notANumber.getMessage().startsWith(IngestSettings.MAX_ARCHIVE_ENTRIES), notANumber.getMessage());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> IngestSettings.fromConfig(
        CorpusConfig.of(Map.of(IngestSettings.MAX_TEXT_CHARS, "-1"), List.of())));
    assertTrue(negative.getMessage().startsWith(IngestSettings.MAX_TEXT_CHARS), negative.getMessage());
  }
}
