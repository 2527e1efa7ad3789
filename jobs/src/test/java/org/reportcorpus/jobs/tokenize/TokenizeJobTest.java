package org.reportcorpus.jobs.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reportcorpus.jobs.cooccur.TestDocuments.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.cooccur.TestDocuments;
import org.reportcorpus.jobs.spark.CorpusRun;
import org.reportcorpus.jobs.tables.TableStore;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.Fixtures;
import org.reportcorpus.jobs.testing.SharedSpark;

class TokenizeJobTest {

  @Test
  void newDocumentsAreSegmentedAndEveryRowKeepsItsDocumentsReportYear() {
    Path warehouse = Fixtures.tempDir("tokenize-years");
    CorpusConfig config = Fixtures.config(warehouse, List.of());
    TableStore store = new TableStore(SharedSpark.get(), config.warehouse(), config.format());
    store.overwrite(Tables.DOCUMENTS, TestDocuments.documents(
        document("d1", "推进法治政府建设。", 2020, null, null),
        document("d2", "深化放管服改革。", 2021, null, null)));
    TokenizeJob.run(CorpusRun.of(SharedSpark.get(), config));
    assertEquals(Map.of("d1", "2020", "d2", "2021"), years(store));
    String d2Tokens = tokensOf(store, "d2");

    // d2 re-ingested with another report year (same text, so same tokens), d3 new, d4 undated
    store.overwrite(Tables.DOCUMENTS, TestDocuments.documents(
        document("d1", "推进法治政府建设。", 2020, null, null),
        document("d2", "深化放管服改革。", 2022, null, null),
        document("d3", "优化营商环境。", 2022, null, null),
        document("d4", "持续优化营商环境。", null, null, null)));
    String versionBefore = store.versionOf(Tables.TOKENS);
    TokenizeJob.run(CorpusRun.of(SharedSpark.get(), config));

    assertEquals(Map.of("d1", "2020", "d2", "2022", "d3", "2022", "d4", "null"), years(store));
    assertEquals(d2Tokens, tokensOf(store, "d2"));
    assertEquals("[优化, 营商环境, 。]", tokensOf(store, "d3"));
    // an append and the year's update: two new versions
    assertEquals(version(versionBefore) + 2, version(store.versionOf(Tables.TOKENS)));

    // nothing new: no new version
    String version = store.versionOf(Tables.TOKENS);
    TokenizeJob.run(CorpusRun.of(SharedSpark.get(), config));
    assertEquals(version, store.versionOf(Tables.TOKENS));
  }

  private static long version(String deltaVersion) {
    return Long.parseLong(deltaVersion.substring("delta:".length()));
  }

  private static Map<String, String> years(TableStore store) {
    Map<String, String> years = new TreeMap<>();
    for (Row row : store.read(Tables.TOKENS).select("doc_id", "report_year").collectAsList()) {
      years.put(row.getString(0), String.valueOf(row.get(1)));
    }
    return years;
  }

  private static String tokensOf(TableStore store, String docId) {
    return store.read(Tables.TOKENS).filter("doc_id = '" + docId + "'").first().getList(2).toString();
  }
}
