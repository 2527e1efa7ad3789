package org.reportcorpus.jobs.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.Path;

/**
 * Settings of the keywords job, read from conf/corpus.conf (or {@code --set key=value}).
 *
 * @param topK keywords kept per year and per province ({@value #TOP_K}, default 50)
 * @param stopwordsPaths the stopword lists ({@value #STOPWORDS}, comma-separated; default
 *     {@code stopwords.txt,report_words.txt} in the rules folder {@code corpus.rules}: the
 *     function words and the report boilerplate of conf/)
 * @param posPrefixes a token is a content word when its HanLP tag starts with one of these
 *     ({@value #POS_PREFIXES}, default {@code n,v}: nouns — with {@code nz}, the vocabulary's
 *     terms — and verbs)
 * @param excludedPos tags left out although their prefix is kept ({@value #EXCLUDE_POS})
 * @param minLength shortest content word in characters ({@value #MIN_LENGTH}, default 2)
 */
public record KeywordSettings(int topK, List<String> stopwordsPaths, List<String> posPrefixes, Set<String> excludedPos,
    int minLength) {

  public static final String TOP_K = "corpus.keywords.top_k";
  public static final String STOPWORDS = "corpus.keywords.stopwords";
  public static final String POS_PREFIXES = "corpus.keywords.pos_prefixes";
  public static final String EXCLUDE_POS = "corpus.keywords.exclude_pos";
  public static final String MIN_LENGTH = "corpus.keywords.min_length";

  public static final int DEFAULT_TOP_K = 50;
  public static final String DEFAULT_STOPWORDS_FILE = "stopwords.txt";
  public static final String DEFAULT_REPORT_WORDS_FILE = "report_words.txt";
  public static final String DEFAULT_POS_PREFIXES = "n,v";
  /** Person and place names, organization names, and HanLP's auxiliary verbs 是/有 and 来/去-style verbs. */
  public static final String DEFAULT_EXCLUDE_POS = "nr,nr1,nr2,nrf,nrj,ns,nsf,nt,vshi,vyou,vf";
  public static final int DEFAULT_MIN_LENGTH = 2;

  public KeywordSettings {
    if (topK < 1) {
      throw new IllegalArgumentException(TOP_K + ": expected a count >= 1 but got " + topK);
    }
    if (minLength < 1) {
      throw new IllegalArgumentException(MIN_LENGTH + ": expected a length >= 1 but got " + minLength);
    }
    if (posPrefixes.isEmpty()) {
      throw new IllegalArgumentException(POS_PREFIXES + ": expected at least one tag prefix");
    }
    if (stopwordsPaths.isEmpty()) {
      throw new IllegalArgumentException(STOPWORDS + ": expected at least one stopword file");
    }
    stopwordsPaths = List.copyOf(stopwordsPaths);
    posPrefixes = List.copyOf(posPrefixes);
    excludedPos = Set.copyOf(excludedPos);
  }

  public static KeywordSettings fromConfig(CorpusConfig config) {
    return new KeywordSettings(
        config.getInt(TOP_K, DEFAULT_TOP_K, 1, 1_000_000),
        List.copyOf(commaList(config.get(STOPWORDS, defaultStopwords(config)))),
        List.copyOf(commaList(config.get(POS_PREFIXES, DEFAULT_POS_PREFIXES))),
        commaList(config.get(EXCLUDE_POS, DEFAULT_EXCLUDE_POS)),
        config.getInt(MIN_LENGTH, DEFAULT_MIN_LENGTH, 1, 100));
  }

  /** The function words and the report boilerplate of the rules folder (conf/). */
  public static String defaultStopwords(CorpusConfig config) {
    return new Path(config.rulesFolder(), DEFAULT_STOPWORDS_FILE) + "," + new Path(config.rulesFolder(), DEFAULT_REPORT_WORDS_FILE);
  }

  private static Set<String> commaList(String value) {
    Set<String> items = new LinkedHashSet<>();
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }
}
