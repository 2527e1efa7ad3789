package org.reportcorpus.jobs.ingest;

import static java.util.Map.entry;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.reportcorpus.jobs.spark.RowBuilder;
import org.reportcorpus.jobs.tables.Tables;
import org.reportcorpus.udfs.clean.PageMetadata;
import org.reportcorpus.udfs.meta.DocumentMetadata;
import org.reportcorpus.udfs.region.RegionMatch;
import org.reportcorpus.udfs.sections.Section;

/**
 * Rows of what reading gives: a document or a reject, in one schema ({@link #SCHEMA}) — the
 * columns of {@link Tables#DOCUMENTS} (all nullable here), the document's {@code sections}
 * ({@link Tables#SECTION}), and a reject's {@code reason} and {@code detail}.
 *
 * <p>The schemas in {@link Tables} set the columns and their order; this class only says where
 * each column's value comes from. A row is filled by walking its schema's fields, and a column
 * without a source (or a source without a column) fails when the class loads, naming it.
 */
final class OutcomeRows {

  static final StructType SCHEMA = outcomeSchema();

  private static final ColumnSources<DocumentBuilder.Document> DOCUMENT = new ColumnSources<>(SCHEMA,
      Tables.DOCUMENTS.schema().fieldNames(), "sections", Map.ofEntries(
      entry("doc_id", DocumentBuilder.Document::docId),
      entry("source_path", doc -> doc.raw().sourcePath()),
      entry("source_paths", doc -> RowBuilder.seq(List.of(doc.raw().sourcePath()))),
      entry("source_format", doc -> doc.raw().sourceFormat()),
      entry("encoding", doc -> doc.raw().encoding()),
      entry("title", doc -> meta(doc).title()),
      entry("doc_type", doc -> meta(doc).docType()),
      entry("region_name", doc -> region(doc, RegionMatch::regionName)),
      entry("region_code", doc -> region(doc, RegionMatch::regionCode)),
      entry("prefecture", doc -> region(doc, RegionMatch::prefecture)),
      entry("prefecture_code", doc -> region(doc, RegionMatch::prefectureCode)),
      entry("province", doc -> region(doc, RegionMatch::province)),
      entry("province_code", doc -> region(doc, RegionMatch::provinceCode)),
      entry("admin_level", doc -> region(doc, r -> r.adminLevel() == null ? null : r.adminLevel().label())),
      entry("department", doc -> region(doc, RegionMatch::department)),
      entry("region_evidence", doc -> region(doc, RegionMatch::evidence)),
      entry("region_unresolved_reason", doc -> meta(doc).unresolvedRegionReason()),
      entry("report_year", doc -> meta(doc).reportYear()),
      entry("given_year", doc -> doc.raw().givenYear()),
      entry("published_date", doc -> date(meta(doc).publishedDate())),
      entry("issuer", doc -> meta(doc).issuer()),
      entry("addressee", doc -> meta(doc).addressee()),
      entry("doc_number", doc -> meta(doc).docNumber()),
      entry("doc_type_confidence", doc -> meta(doc).docTypeConfidence()),
      entry("index_number", doc -> page(doc, PageMetadata::indexNumber)),
      entry("publisher", doc -> page(doc, PageMetadata::publisher)),
      entry("generated_date", doc -> date(page(doc, PageMetadata::generatedDate))),
      entry("public_date", doc -> date(page(doc, PageMetadata::publicDate))),
      entry("url", doc -> doc.raw().url()),
      entry("script", DocumentBuilder.Document::script),
      entry("text", doc -> doc.analysis().text()),
      entry("n_chars", DocumentBuilder.Document::nChars),
      entry("stripped", doc -> RowBuilder.seq(doc.analysis().stripped())),
      entry("sections", doc -> sectionRows(doc.analysis().sections()))));

  private static final ColumnSources<Section> SECTION = new ColumnSources<>(Tables.SECTION,
      Tables.SECTION.fieldNames(), null, Map.of(
      "ordinal", Section::ordinal,
      "kind", Section::kind,
      "heading", Section::heading,
      "text", Section::text,
      "n_chars", section -> section.text().codePointCount(0, section.text().length())));

  private OutcomeRows() {}

  /** A built document's row: every column of {@link Tables#DOCUMENTS} and its sections. */
  static Row document(DocumentBuilder.Document doc) {
    return DOCUMENT.row(doc);
  }

  /** A reject's row: its source, reason and detail; the document columns stay null. */
  static Row reject(String sourcePath, String reason, String detail) {
    return new RowBuilder(SCHEMA)
        .set("source_path", sourcePath)
        .set("reason", reason)
        .set("detail", detail)
        .set("stripped", RowBuilder.seq(List.of()))
        .build();
  }

  private static StructType outcomeSchema() {
    List<StructField> fields = new ArrayList<>(List.of(Tables.DOCUMENTS.nullableSchema().fields()));
    fields.add(DataTypes.createStructField("sections", DataTypes.createArrayType(Tables.SECTION, false), true));
    fields.add(DataTypes.createStructField("reason", DataTypes.StringType, true));
    fields.add(DataTypes.createStructField("detail", DataTypes.StringType, true));
    return DataTypes.createStructType(fields);
  }

  private static DocumentMetadata meta(DocumentBuilder.Document doc) {
    return doc.analysis().metadata();
  }

  private static Object region(DocumentBuilder.Document doc, Function<RegionMatch, Object> value) {
    RegionMatch region = meta(doc).region();
    return region == null ? null : value.apply(region);
  }

  private static String page(DocumentBuilder.Document doc, Function<PageMetadata, String> value) {
    PageMetadata page = doc.analysis().page();
    return page == null ? null : value.apply(page);
  }

  private static Date date(String iso) {
    return iso == null ? null : Date.valueOf(iso);
  }

  private static scala.collection.immutable.Seq<Row> sectionRows(List<Section> sections) {
    List<Row> rows = new ArrayList<>(sections.size());
    sections.forEach(section -> rows.add(SECTION.row(section)));
    return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
  }

  /**
   * Where each column of a schema gets its value from a source object. The columns a source must
   * fill are given (a table's columns, plus one extra column or null); the others stay null.
   */
  private static final class ColumnSources<T> {
    private final StructType schema;
    private final List<Function<T, Object>> byPosition = new ArrayList<>();

    ColumnSources(StructType schema, String[] required, String extra, Map<String, Function<T, Object>> sources) {
      this.schema = schema;
      Set<String> expected = new TreeSet<>(List.of(required));
      if (extra != null) {
        expected.add(extra);
      }
      if (!expected.equals(new TreeSet<>(sources.keySet()))) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(sources.keySet());
        Set<String> unknown = new TreeSet<>(sources.keySet());
        unknown.removeAll(expected);
        throw new IllegalStateException("row mapping out of step with its schema: no source for " + missing
            + ", no column for " + unknown);
      }
      for (String column : schema.fieldNames()) {
        byPosition.add(sources.get(column));
      }
    }

    Row row(T source) {
      Object[] values = new Object[byPosition.size()];
      for (int i = 0; i < values.length; i++) {
        Function<T, Object> value = byPosition.get(i);
        values[i] = value == null ? null : value.apply(source);
      }
      return new GenericRowWithSchema(values, schema);
    }
  }
}
