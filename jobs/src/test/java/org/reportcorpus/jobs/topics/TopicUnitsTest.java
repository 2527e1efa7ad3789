package org.reportcorpus.jobs.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.config.CorpusConfig;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.jobs.testing.SharedSpark;
import org.reportcorpus.jobs.config.TopicSettings;

class TopicUnitsTest {

  @Test
  void sectionUnitsAreTheChosenKindsInOrder() {
    List<Row> sections = List.of(
        RowFactory.create("a", 2, "plans", "二、计划", "二、明年计划", 6),
        RowFactory.create("a", 0, "other", null, "序言", 2),
        RowFactory.create("a", 1, "achievements", "一、成效", "一、今年成效", 6),
        RowFactory.create("b", 1, "shortcomings", "一、不足", "一、不足之处", 6));
    TopicSettings settings = TopicSettings.fromConfig(CorpusConfig.of(
        Map.of("corpus.topics.units", "sections", "corpus.topics.section_kinds", "plans,achievements"), List.of()));
    List<Row> units = TopicUnits.sectionText(
        SharedSpark.get().createDataFrame(sections, Tables.SECTIONS.schema()), settings).collectAsList();
    assertEquals(List.of(RowFactory.create("a", "一、今年成效\n二、明年计划")), units);
  }
}
