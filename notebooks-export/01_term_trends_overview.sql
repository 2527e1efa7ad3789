-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Term trends: a first look
-- MAGIC
-- MAGIC Queries over the tables written by `bin/corpus pipeline` (database `corpus`).
-- MAGIC Run them in Databricks (import this file), or locally:
-- MAGIC `bin/corpus sql -f notebooks-export/01_term_trends_overview.sql`.
-- MAGIC
-- MAGIC Term counts come from `term_trends_national`: the headline slice of `term_trends` (national,
-- MAGIC every document type, whole documents) over the analysis set — dated documents, near
-- MAGIC duplicates left out — so they are the numbers the pipeline reports. The inventory cells
-- MAGIC count every document of the warehouse and say how many are near duplicates.

-- COMMAND ----------

-- name: documents_by_type_year
-- What is in the warehouse: every document per type and covered year, with its size; of them,
-- near_duplicates (table duplicates) are left out of every analysis.
SELECT d.doc_type,
       d.report_year,
       count(*)                AS n_docs,
       count(u.doc_id)         AS near_duplicates,
       round(avg(d.n_chars))   AS mean_chars
FROM corpus.documents d
LEFT JOIN corpus.duplicates u ON u.doc_id = d.doc_id
GROUP BY d.doc_type, d.report_year
ORDER BY d.doc_type, d.report_year DESC;

-- COMMAND ----------

-- name: top_terms
-- The terms most often mentioned, counted as the trends count them (term_trends_national: dated
-- documents of the analysis set): how many documents use each, and how often.
SELECT term,
       category,
       sum(n_docs_mentioning)  AS n_docs_mentioning,
       sum(occurrences)        AS occurrences
FROM corpus.term_trends_national
GROUP BY term, category
ORDER BY n_docs_mentioning DESC, occurrences DESC, term
LIMIT 25;

-- COMMAND ----------

-- name: first_year
-- First year each term appears in the corpus, its share of that year's documents, and its share
-- in the latest year of the series (term_trends_national: every term in every year, zeros included).
SELECT term,
       min(year) FILTER (WHERE n_docs_mentioning > 0)                          AS first_year,
       min_by(round(doc_share, 3), year) FILTER (WHERE n_docs_mentioning > 0)  AS share_in_first_year,
       max(year)                                                                AS latest_year,
       max_by(round(doc_share, 3), year)                                        AS share_in_latest_year
FROM corpus.term_trends_national
GROUP BY term
HAVING first_year IS NOT NULL
ORDER BY first_year, term;

-- COMMAND ----------

-- name: trend_line
-- One term's national trend line: occurrences per 10,000 characters and share of documents by year.
SELECT year,
       n_docs,
       n_docs_mentioning,
       round(doc_share, 3)      AS doc_share,
       round(per_10k_chars, 2)  AS per_10k_chars
FROM corpus.term_trends_national
WHERE term = '放管服'
ORDER BY year;

-- COMMAND ----------

-- name: regions
-- Which regions the documents come from (every document of the warehouse).
SELECT coalesce(province, region_name) AS province_or_national,
       admin_level,
       count(*)                         AS n_docs
FROM corpus.documents
GROUP BY 1, 2
ORDER BY n_docs DESC, 1;
