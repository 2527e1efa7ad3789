package org.reportcorpus.udfs.discover;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.mining.word.WordInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.reportcorpus.udfs.segment.Segmenter;

/**
 * HanLP's new-word discovery (frequency, boundary entropy and internal aggregation of every
 * substring) over one chunk of text, keeping words HanLP's own dictionary does not know.
 *
 * <p>HanLP's default thresholds find nothing in report-length text; its 7-argument overload is
 * used with thresholds stated as a count: {@code minCount} occurrences in the chunk (HanLP wants
 * a probability, so the count is divided by the chunk's length and checked again afterwards, as
 * HanLP measures length after collapsing punctuation).
 *
 * <p>Cost: HanLP keeps a map entry with two neighbour maps for every distinct substring up to
 * {@code maxWordLength}: 10,000–40,000 chars/s per core here and 100+ MB per 300,000 chars — so the
 * caller feeds it chunks of a few hundred thousand characters from a sample, never a corpus.
 */
public final class NewWords {

  /** Thresholds of one discovery run; see {@link HanLP#extractWords(BufferedReader, int, boolean, int, float, float, float)}. */
  public record Settings(int maxWords, int minLength, int maxWordLength, int minCount, float minEntropy,
      float minAggregation) implements Serializable {

    public Settings {
      if (maxWords < 1 || minLength < 2 || maxWordLength < minLength || minCount < 1) {
        throw new IllegalArgumentException("new-word settings: expected maxWords >= 1, 2 <= minLength <= maxWordLength"
            + " and minCount >= 1 but got " + maxWords + ", " + minLength + ".." + maxWordLength + ", " + minCount);
      }
    }

    /** Thresholds that find slogans such as 综合查一次 in a few hundred reports. */
    public static Settings defaults() {
      return new Settings(300, 3, 6, 5, 0.5f, 5f);
    }
  }

  /** A discovered word and its occurrences in the chunk. */
  public record Found(String word, int frequency) implements Serializable {}

  private NewWords() {}

  /** New words of the texts taken as one chunk, most frequent first; empty for no text. */
  public static List<Found> discover(Collection<String> texts, Settings settings, PhraseShape shape,
      Collection<String> dictionaryWords) {
    StringBuilder chunk = new StringBuilder();
    for (String text : texts) {
      if (text != null && !text.isEmpty()) {
        chunk.append(text).append('\n');
      }
    }
    return discover(chunk.toString(), settings, shape, dictionaryWords);
  }

  /**
   * New words of one chunk of text, most frequent first; empty for null or empty text.
   * {@code dictionaryWords}: the words the segmenter adds to HanLP's dictionary (the vocabulary,
   * {@link Segmenter#ensureDictionary}). HanLP leaves out the words its dictionary knows before it
   * keeps its {@code maxWords} best, so they are added first: else the result would depend on
   * whether this JVM segmented anything before (a run resumed at the candidates stage, an
   * executor that ran no tokenize task).
   */
  public static List<Found> discover(String chunk, Settings settings, PhraseShape shape,
      Collection<String> dictionaryWords) {
    List<Found> found = new ArrayList<>();
    if (chunk == null || chunk.isBlank()) {
      return found;
    }
    Segmenter.ensureDictionary(dictionaryWords);
    float minFrequency = (float) settings.minCount() / chunk.length();
    List<WordInfo> words;
    try (BufferedReader reader = new BufferedReader(new StringReader(chunk))) {
      words = HanLP.extractWords(reader, settings.maxWords(), true, settings.maxWordLength(), minFrequency,
          settings.minEntropy(), settings.minAggregation());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    for (WordInfo word : words) {
      if (word.frequency >= settings.minCount() && PhraseShape.length(word.text) >= settings.minLength()
          && shape.accepts(word.text)) {
        found.add(new Found(word.text, word.frequency));
      }
    }
    found.sort(Comparator.comparingInt(Found::frequency).reversed().thenComparing(Found::word));
    return found;
  }
}
