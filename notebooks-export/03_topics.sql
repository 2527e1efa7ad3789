-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Topics: what the reports are about, and how that shifts between years and provinces
-- MAGIC
-- MAGIC Over the topic tables of `bin/corpus topics` (or `pipeline`), database `corpus`. The model
-- MAGIC is LDA; `topic_model_runs` says which k was chosen and why (coherence), `topics` names each
-- MAGIC topic by its top terms.

-- COMMAND ----------

-- name: model_runs
-- The models of the latest run, by stage (sweep: one per k on a sample; restart: full fits of the
-- preferred k on it; final: the fit on all documents): coherence (higher is better), held-out log perplexity (lower is better), which was kept.
SELECT stage, k, seed, round(coherence, 4) AS coherence, round(perplexity, 4) AS log_perplexity,
       round(seconds, 1) AS seconds, chosen, n_docs, n_holdout, vocab_size
FROM corpus.topic_model_runs
WHERE run_id = (SELECT max_by(run_id, created_at) FROM corpus.topic_model_runs)
ORDER BY stage DESC, k, seed;

-- COMMAND ----------

-- name: topics
-- The topics, most prevalent first.
SELECT topic_id, label, round(prevalence, 3) AS prevalence, round(coherence, 3) AS coherence,
       array_join(top_terms, ' ') AS top_terms
FROM corpus.topics
ORDER BY prevalence DESC, topic_id;

-- COMMAND ----------

-- name: topic_trends_national
-- Each topic's national mean weight per year (one row per topic, years as columns in a chart).
SELECT topic_id, label, year, round(mean_weight, 4) AS mean_weight, n_docs
FROM corpus.topic_trends
WHERE scope = 'national'
ORDER BY label, year;

-- COMMAND ----------

-- name: rising_falling
-- Rising and falling topics: mean weight in the latest year against the years before.
WITH national AS (
  SELECT topic_id, label, year, mean_weight FROM corpus.topic_trends WHERE scope = 'national'
), latest AS (SELECT max(year) AS year FROM national)
SELECT n.topic_id, n.label,
       round(max(CASE WHEN n.year = l.year THEN n.mean_weight END), 4) AS latest_weight,
       round(avg(CASE WHEN n.year < l.year THEN n.mean_weight END), 4) AS earlier_weight,
       round(max(CASE WHEN n.year = l.year THEN n.mean_weight END)
             - avg(CASE WHEN n.year < l.year THEN n.mean_weight END), 4) AS change
FROM national n CROSS JOIN latest l
GROUP BY n.topic_id, n.label
ORDER BY change DESC NULLS LAST, n.topic_id;

-- COMMAND ----------

-- name: top_provinces
-- Where each topic weighs most: the top three provinces per topic over all years (provinces with 3+ documents).
WITH by_province AS (
  SELECT topic_id, label, scope AS province,
         sum(mean_weight * n_docs) / sum(n_docs) AS weight, sum(n_docs) AS province_docs
  FROM corpus.topic_trends
  WHERE scope <> 'national'
  GROUP BY topic_id, label, scope
), ranked AS (
  SELECT *, row_number() OVER (PARTITION BY topic_id ORDER BY weight DESC, province) AS r
  FROM by_province
  WHERE province_docs >= 3
)
SELECT topic_id, label, province, round(weight, 4) AS mean_weight, province_docs AS n_docs
FROM ranked
WHERE r <= 3
ORDER BY topic_id, r;

-- COMMAND ----------

-- name: wording_by_year
-- How the most prevalent topic is worded year by year (class-based TF-IDF over the documents it dominates).
SELECT year, n_docs, array_join(collect_list(term), ' ') AS terms
FROM (
  SELECT year, n_docs, term, rank
  FROM corpus.topic_terms_by_year
  WHERE topic_id = (SELECT topic_id FROM corpus.topics ORDER BY prevalence DESC, topic_id LIMIT 1)
  ORDER BY year, rank
)
GROUP BY year, n_docs
ORDER BY year;

-- COMMAND ----------

-- name: top_documents
-- The reports most about each topic: its three highest-weighted documents.
SELECT t.label, d.report_year, d.region_name, d.title, round(dt.weight, 3) AS weight
FROM (
  SELECT doc_id, topic_id, weight,
         row_number() OVER (PARTITION BY topic_id ORDER BY weight DESC, doc_id) AS r
  FROM corpus.doc_topics
) dt
JOIN corpus.topics t ON t.topic_id = dt.topic_id
JOIN corpus.documents d ON d.doc_id = dt.doc_id
WHERE dt.r <= 3
ORDER BY t.topic_id, dt.r;
