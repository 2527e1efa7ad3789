package org.reportcorpus.bench;

import java.util.Arrays;

/**
 * {@code bin/corpus bench <what>}: {@code topics} (ours against Mallet, {@link TopicsBench}) or
 * {@code pipeline} (per-stage times, {@link BenchCommand}). Lives in its own module so that the
 * reference systems never reach the job jars.
 */
public final class BenchCli {

  private BenchCli() {}

  public static void main(String[] args) {
    try {
      if (args.length > 0 && args[0].equals("topics")) {
        TopicsBench.main(Arrays.copyOfRange(args, 1, args.length));
      } else {
        BenchCommand.main(args);
      }
    } catch (IllegalArgumentException e) {
      System.err.println("corpus bench: " + e.getMessage());
      System.exit(2);
    }
  }
}
