package org.reportcorpus.jobs.ingest;

/**
 * A document as read from its source, before normalization: decoded text plus whatever the
 * record carried with it (a JSONL or CSV record's title, year hint and URL).
 *
 * @param sourcePath the file, a record in it ({@code file#L12} JSONL, {@code file#R3} CSV) or an
 *     archive entry ({@code archive.zip!/dir/entry.txt})
 * @param sourceFormat txt, html, pdf, docx, doc, jsonl or csv (an archive entry's own format)
 * @param encoding the detected encoding of a text format (utf-8, utf-16le, utf-16be, gb18030,
 *     big5, cp950, big5-hkscs); null for binary formats (pdf, docx, doc)
 */
public record RawDocument(
    String sourcePath,
    String sourceFormat,
    String encoding,
    String text,
    String givenTitle,
    Integer givenYear,
    String url) {}
