-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Policy diffusion: where a term appeared first, and how it spread
-- MAGIC
-- MAGIC Over the tables of `bin/corpus pipeline` (database `corpus`). The last cells trend a phrase
-- MAGIC that is not in the vocabulary, with SQL alone: `term_count` counts any phrase on the
-- MAGIC normalized text, `region_of` reads the reporting region from a text.
-- MAGIC
-- MAGIC Trend cells read `term_trends_national` (the headline slice: national, every document type,
-- MAGIC whole documents) and `term_adoption` at `scope = 'national'`; all count the analysis set
-- MAGIC (near duplicates left out). The ad-hoc cells count the same set through the view
-- MAGIC `analysis_documents` defined below.

-- COMMAND ----------

-- name: first_adopters
-- First adopters of each term: the earliest report year, and how many regions had adopted by then.
SELECT term,
       min(first_year)                        AS first_year,
       count(*)                               AS regions_adopted,
       min_by(region_name, first_year)        AS an_early_region
FROM corpus.term_diffusion
GROUP BY term
ORDER BY first_year, regions_adopted DESC, term;

-- COMMAND ----------

-- name: adoption_curve
-- The S-curve of one policy nationally: of the regions reporting each year, the share that had adopted it.
SELECT term, year, regions_reporting, regions_reporting_adopted, regions_adopted_cumulative,
       round(adoption_share, 3) AS adoption_share
FROM corpus.term_adoption
WHERE scope = 'national'
  AND term IN (SELECT term FROM corpus.term_diffusion GROUP BY term ORDER BY count(*) DESC, term LIMIT 1)
ORDER BY year;

-- COMMAND ----------

-- name: share_with_interval
-- The three most mentioned terms' share of documents by year, with its 95 % Wilson interval and
-- the smoothed line, nationally.
SELECT term, year, n_docs, n_docs_mentioning,
       round(doc_share, 3)          AS doc_share,
       round(doc_share_low, 3)      AS low,
       round(doc_share_high, 3)     AS high,
       round(doc_share_smoothed, 3) AS smoothed
FROM corpus.term_trends_national
WHERE term IN (SELECT term FROM corpus.term_trends_national
               GROUP BY term ORDER BY sum(n_docs_mentioning) DESC, term LIMIT 3)
ORDER BY term, year;

-- COMMAND ----------

-- name: emerging_terms
-- What is new each year: terms whose share rose most against the years before (in years with
-- too few documents for a share: whose occurrences per 10,000 characters did; see measure).
SELECT year, rank, term, source, measure, n_docs_mentioning,
       round(doc_share, 3) AS doc_share, round(baseline_share, 3) AS baseline,
       round(per_10k_chars, 2) AS per_10k_chars, round(baseline_per_10k, 2) AS baseline_per_10k,
       round(log_ratio, 2) AS log_ratio
FROM corpus.emerging_terms
ORDER BY year DESC, rank
LIMIT 50;

-- COMMAND ----------

-- name: emerging_years
-- Per year: the measure its emerging terms were ranked by, and why a year has none.
SELECT year, n_docs, n_chars, measure, n_terms, reason
FROM corpus.emerging_years
ORDER BY year DESC;

-- COMMAND ----------

-- name: analysis_documents
-- The documents the pipeline counts, for ad-hoc SQL: every document except near duplicates (the
-- default analysis set; if your run sets corpus.analysis.doc_types or corpus.analysis.years, add
-- the same filter here).
CREATE OR REPLACE TEMPORARY VIEW analysis_documents AS
SELECT d.*
FROM corpus.documents d
LEFT ANTI JOIN corpus.duplicates u ON u.doc_id = d.doc_id;

-- COMMAND ----------

-- name: adhoc_by_year
-- An ad-hoc phrase outside the vocabulary, trended in SQL alone: 依法行政 by report year.
SELECT report_year,
       count(*)                                              AS n_docs,
       sum(CASE WHEN term_count(text, '依法行政') > 0 THEN 1 ELSE 0 END) AS n_docs_mentioning,
       sum(term_count(text, '依法行政'))                      AS occurrences
FROM analysis_documents
WHERE report_year IS NOT NULL
GROUP BY report_year
HAVING occurrences > 0
ORDER BY report_year;

-- COMMAND ----------

-- name: adhoc_by_province
-- The same phrase by province, with the region read from the text by region_of (null: unresolved).
SELECT coalesce(region_of(text).province, region_of(text).region_name) AS province,
       count(*)                          AS n_docs,
       sum(term_count(text, '依法行政'))  AS occurrences
FROM analysis_documents
GROUP BY 1
HAVING occurrences > 0
ORDER BY occurrences DESC;
