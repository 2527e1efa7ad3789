package org.reportcorpus.generator;

/**
 * What a report of {@code generate --topics K} was drawn from: its topic proportions θ and how many
 * of its words each topic supplied.
 *
 * @param mixture θ over the K planted topics
 * @param words words drawn from each topic, indexed like θ; they add up to the report's body words
 */
record DocumentTopics(TopicMixture mixture, int[] words) {

  DocumentTopics {
    if (words.length != mixture.topics()) {
      throw new IllegalArgumentException(words.length + " word counts for " + mixture.topics() + " topics");
    }
  }

  int totalWords() {
    int total = 0;
    for (int n : words) {
      total += n;
    }
    return total;
  }
}
