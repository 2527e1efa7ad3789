-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Term trends: a first look
-- MAGIC
-- MAGIC Queries over the tables written by `bin/corpus pipeline` (database `corpus`).
-- MAGIC Run them in Databricks (import this file), or locally:
-- MAGIC `bin/corpus sql -f notebooks-export/01_term_trends_overview.sql`.

-- COMMAND ----------

-- name: documents_by_type_year
-- What is in the corpus: documents per type and covered year, with their size.
SELECT doc_type,
       report_year,
       count(*)                AS n_docs,
       round(avg(n_chars))     AS mean_chars
FROM corpus.documents
GROUP BY doc_type, report_year
ORDER BY doc_type, report_year DESC

-- COMMAND ----------

-- name: top_terms
-- The terms most often mentioned overall: how many documents use each, and how often.
SELECT t.term,
       t.category,
       count(DISTINCT t.doc_id) AS n_docs_mentioning,
       sum(t.occurrences)       AS occurrences
FROM corpus.term_doc_counts t
GROUP BY t.term, t.category
ORDER BY n_docs_mentioning DESC, occurrences DESC, t.term
LIMIT 25

-- COMMAND ----------

-- name: first_year
-- First year each term appears in the corpus, and its share of that year's documents.
SELECT term,
       min(year)                                    AS first_year,
       min_by(round(doc_share, 3), year)            AS share_in_first_year,
       max_by(round(doc_share, 3), year)            AS share_in_latest_year
FROM corpus.term_trends
WHERE n_docs_mentioning > 0
GROUP BY term
ORDER BY first_year, term

-- COMMAND ----------

-- name: trend_line
-- One term's trend line: occurrences per 10,000 characters and share of documents by year.
SELECT year,
       n_docs,
       n_docs_mentioning,
       round(doc_share, 3)      AS doc_share,
       round(per_10k_chars, 2)  AS per_10k_chars
FROM corpus.term_trends
WHERE term = '放管服'
ORDER BY year

-- COMMAND ----------

-- name: regions
-- Which regions the documents come from.
SELECT coalesce(province, region_name) AS province_or_national,
       admin_level,
       count(*)                         AS n_docs
FROM corpus.documents
GROUP BY 1, 2
ORDER BY n_docs DESC, 1
