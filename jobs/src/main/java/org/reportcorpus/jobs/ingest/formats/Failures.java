package org.reportcorpus.jobs.ingest.formats;

/** Turns a parser's exception into a reject's one-line detail: the message, and the root cause's. */
public final class Failures {

  private static final int MAX_DETAIL = 400;

  private Failures() {}

  /** {@code Type: first line of message}, plus {@code (cause: Type: message)} when the root cause differs. */
  public static String describe(Throwable failure) {
    String detail = oneLine(failure);
    Throwable root = rootCause(failure);
    if (root != failure) {
      detail += " (cause: " + oneLine(root) + ")";
    }
    return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "…";
  }

  public static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
      root = root.getCause();
    }
    return root;
  }

  /** True when the failure or any of its causes is of {@code type}. */
  public static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    Throwable current = failure;
    for (int depth = 0; current != null && depth < 20; depth++) {
      if (type.isInstance(current)) {
        return true;
      }
      current = current.getCause();
    }
    return false;
  }

  /** True when the failure or any of its causes has a message containing {@code text}. */
  public static boolean mentions(Throwable failure, String text) {
    Throwable current = failure;
    for (int depth = 0; current != null && depth < 20; depth++) {
      if (current.getMessage() != null && current.getMessage().contains(text)) {
        return true;
      }
      current = current.getCause();
    }
    return false;
  }

  /** The first line of a message; null stays null. */
  public static String firstLine(String message) {
    if (message == null) {
      return null;
    }
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }

  private static String oneLine(Throwable failure) {
    String message = firstLine(failure.getMessage());
    String type = failure.getClass().getSimpleName();
    return message == null || message.isEmpty() ? type : type + ": " + message;
  }
}
