package org.reportcorpus.bench;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.IDSorter;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.logging.Level;

/**
 * Mallet's ParallelTopicModel (collapsed Gibbs sampling, SparseLDA) on documents given as term
 * ids of our vocabulary, so that both systems see the very same tokens and their topics can be
 * scored by the same coherence code.
 *
 * @param topics one row per topic: the smoothed word distribution (counts + beta, normalised)
 * @param topTerms each topic's most frequent term ids, best first
 * @param prevalence each topic's mean weight over the documents
 * @param seconds wall time of the sampling (estimate), without building the instances
 */
record MalletLda(double[][] topics, int[][] topTerms, double[] prevalence, double seconds) {

  /** Settings of one run: Mallet's own defaults (alpha sum 5, beta 0.01), hyperparameters optimised every 10 iterations after 200. */
  record Settings(int k, int iterations, int threads, int seed, double alphaSum, double beta, int optimizeInterval,
      int burnIn) {
    static Settings defaults(int k, int iterations, int threads, int seed) {
      return new Settings(k, iterations, threads, seed, 5.0, 0.01, 10, 200);
    }
  }

  /** {@code documents} yields each document's term ids, one per occurrence. */
  static MalletLda fit(List<String> vocabulary, Iterator<int[]> documents, Settings settings, int topN) {
    Alphabet alphabet = new Alphabet(String.class);
    for (String word : vocabulary) {
      alphabet.lookupIndex(word, true); // index i = our term id i
    }
    alphabet.stopGrowth();
    InstanceList instances = new InstanceList(alphabet, null);
    int n = 0;
    while (documents.hasNext()) {
      int[] ids = documents.next();
      FeatureSequence tokens = new FeatureSequence(alphabet, ids.length);
      for (int id : ids) {
        tokens.add(id);
      }
      instances.add(new Instance(tokens, null, "doc" + n++, null));
    }

    ParallelTopicModel.logger.setLevel(Level.WARNING);
    ParallelTopicModel model = new ParallelTopicModel(settings.k(), settings.alphaSum(), settings.beta());
    model.setRandomSeed(settings.seed());
    model.setNumThreads(settings.threads());
    model.setNumIterations(settings.iterations());
    model.setOptimizeInterval(settings.optimizeInterval());
    model.setBurninPeriod(settings.burnIn());
    model.setTopicDisplay(settings.iterations() + 1, 0); // no topic dumps on stdout
    model.addInstances(instances);
    long started = System.nanoTime();
    try {
      model.estimate();
    } catch (IOException e) {
      throw new UncheckedIOException("mallet: estimate failed", e);
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    double[][] topics = model.getTopicWords(true, true);
    int[][] top = new int[settings.k()][];
    List<TreeSet<IDSorter>> sorted = model.getSortedWords();
    for (int t = 0; t < settings.k(); t++) {
      top[t] = sorted.get(t).stream().limit(topN).mapToInt(IDSorter::getID).toArray();
    }
    double[] prevalence = new double[settings.k()];
    for (int d = 0; d < instances.size(); d++) {
      double[] theta = model.getTopicProbabilities(d);
      for (int t = 0; t < prevalence.length; t++) {
        prevalence[t] += theta[t] / instances.size();
      }
    }
    return new MalletLda(topics, top, prevalence, seconds);
  }
}
