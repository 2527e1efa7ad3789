package org.reportcorpus.jobs.ingest;

/**
 * A document as read from its source, before normalization: decoded text plus whatever the
 * record carried with it (a JSONL title, year hint and URL).
 */
public record RawDocument(
    String sourcePath,
    String sourceFormat,
    String encoding,
    String text,
    String givenTitle,
    Integer givenYear,
    String url) {}
