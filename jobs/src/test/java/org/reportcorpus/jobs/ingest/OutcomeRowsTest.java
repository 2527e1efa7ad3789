package org.reportcorpus.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.udfs.analysis.Analysis;
import org.reportcorpus.udfs.clean.PageMetadata;
import org.reportcorpus.udfs.meta.DocumentMetadata;
import org.reportcorpus.udfs.region.AdminLevel;
import org.reportcorpus.udfs.region.RegionMatch;
import org.reportcorpus.udfs.sections.Section;

class OutcomeRowsTest {

  private static final RawDocument RAW =
      new RawDocument("/in/a.jsonl#L2", "jsonl", "utf-8", "原文", "给定标题", 2023, "https://e.gov.cn/1");
  private static final RegionMatch REGION = new RegionMatch(
      "泗阳县", "321323", "宿迁市", "321300", "江苏省", "320000", AdminLevel.COUNTY, null, "泗阳县人民政府");
  private static final List<Section> SECTIONS = List.of(
      new Section(0, "preamble", null, "2023年,泗阳县"),
      new Section(1, "achievements", "一、主要成效", "成效𠀀"));

  @Test
  void theSchemaIsTheDocumentsTableAllNullableThenSectionsReasonAndDetail() {
    List<String> expected = new ArrayList<>(Arrays.asList(Tables.DOCUMENTS.schema().fieldNames()));
    expected.addAll(List.of("sections", "reason", "detail"));
    assertEquals(expected, Arrays.asList(OutcomeRows.SCHEMA.fieldNames()));
    for (StructField field : OutcomeRows.SCHEMA.fields()) {
      assertTrue(field.nullable(), field.name());
    }
    assertEquals(Tables.DOCUMENTS.schema().apply("published_date").dataType(),
        OutcomeRows.SCHEMA.apply("published_date").dataType());
    assertEquals(Tables.SECTION, ((ArrayType) OutcomeRows.SCHEMA.apply("sections").dataType()).elementType());
  }

  @Test
  void aDocumentFillsEveryColumnFromItsRawFormMetadataPageAndRegion() {
    PageMetadata page = new PageMetadata("0123-2024-001", "泗政发〔2024〕1号", "泗阳县司法局", "2024-01-05", "2024-01-06");
    DocumentMetadata meta = new DocumentMetadata("泗阳县2023年法治政府建设年度报告", "annual_report", 0.75, 2023,
        "2024-01-10", "泗阳县人民政府", "宿迁市人民政府", "泗政发〔2024〕2号", REGION, null);
    DocumentBuilder.Document doc = new DocumentBuilder.Document(RAW, "d1", "simplified", 12,
        new Analysis("2023年,泗阳县。成效𠀀", List.of("扫一扫"), page, meta, SECTIONS));

    Row row = OutcomeRows.document(doc);

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("doc_id", "d1");
    expected.put("source_path", "/in/a.jsonl#L2");
    expected.put("source_paths", List.of("/in/a.jsonl#L2"));
    expected.put("source_format", "jsonl");
    expected.put("encoding", "utf-8");
    expected.put("title", "泗阳县2023年法治政府建设年度报告");
    expected.put("doc_type", "annual_report");
    expected.put("region_name", "泗阳县");
    expected.put("region_code", "321323");
    expected.put("prefecture", "宿迁市");
    expected.put("prefecture_code", "321300");
    expected.put("province", "江苏省");
    expected.put("province_code", "320000");
    expected.put("admin_level", "county");
    expected.put("department", null);
    expected.put("region_evidence", "泗阳县人民政府");
    expected.put("region_unresolved_reason", null);
    expected.put("report_year", 2023);
    expected.put("given_year", 2023);
    expected.put("published_date", Date.valueOf("2024-01-10"));
    expected.put("issuer", "泗阳县人民政府");
    expected.put("addressee", "宿迁市人民政府");
    expected.put("doc_number", "泗政发〔2024〕2号");
    expected.put("doc_type_confidence", 0.75);
    expected.put("index_number", "0123-2024-001");
    expected.put("publisher", "泗阳县司法局");
    expected.put("generated_date", Date.valueOf("2024-01-05"));
    expected.put("public_date", Date.valueOf("2024-01-06"));
    expected.put("url", "https://e.gov.cn/1");
    expected.put("script", "simplified");
    expected.put("text", "2023年,泗阳县。成效𠀀");
    expected.put("n_chars", 12);
    expected.put("stripped", List.of("扫一扫"));
    expected.put("sections", List.of(
        List.of(0, "preamble", "NULL", "2023年,泗阳县", 9),
        List.of(1, "achievements", "一、主要成效", "成效𠀀", 3)));
    expected.put("reason", null);
    expected.put("detail", null);
    assertEquals(expected, values(row));
    assertEquals(OutcomeRows.SCHEMA, row.schema());
  }

  @Test
  void aDocumentWithoutRegionOrPageLeavesThoseColumnsNull() {
    DocumentMetadata meta = new DocumentMetadata(null, "news", 0.5, null, null, null, null, null, null, "no_region");
    DocumentBuilder.Document doc = new DocumentBuilder.Document(RAW, "d2", "traditional", 2,
        new Analysis("正文", null, PageMetadata.EMPTY, meta, null));

    Map<String, Object> row = values(OutcomeRows.document(doc));

    for (String column : List.of("region_name", "region_code", "prefecture", "prefecture_code", "province",
        "province_code", "admin_level", "department", "region_evidence", "index_number", "publisher",
        "generated_date", "public_date", "published_date", "report_year", "title")) {
      assertNull(row.get(column), column);
    }
    assertEquals("no_region", row.get("region_unresolved_reason"));
    assertEquals(List.of(), row.get("stripped"));
    assertEquals(List.of(), row.get("sections"));
  }

  @Test
  void aRejectHasItsSourceReasonDetailAndNothingElseButAnEmptyStrippedList() {
    Map<String, Object> expected = new LinkedHashMap<>();
    for (String column : OutcomeRows.SCHEMA.fieldNames()) {
      expected.put(column, null);
    }
    expected.put("source_path", "/in/b.txt");
    expected.put("stripped", List.of());
    expected.put("reason", "undecodable");
    expected.put("detail", "invalid byte at 12");

    assertEquals(expected, values(OutcomeRows.reject("/in/b.txt", "undecodable", "invalid byte at 12")));
  }

  /** Column → value, with Scala sequences and section rows as lists (null heading as "NULL"). */
  private static Map<String, Object> values(Row row) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String column : row.schema().fieldNames()) {
      values.put(column, plain(row.get(row.fieldIndex(column))));
    }
    return values;
  }

  private static Object plain(Object value) {
    if (value instanceof scala.collection.Seq<?> seq) {
      return scala.jdk.javaapi.CollectionConverters.asJava(seq).stream().map(OutcomeRowsTest::plain).toList();
    }
    if (value instanceof Row section) {
      List<Object> fields = new ArrayList<>();
      for (int i = 0; i < section.length(); i++) {
        fields.add(section.isNullAt(i) ? "NULL" : section.get(i));
      }
      assertEquals(Tables.SECTION, section.schema());
      return fields;
    }
    return value;
  }
}
