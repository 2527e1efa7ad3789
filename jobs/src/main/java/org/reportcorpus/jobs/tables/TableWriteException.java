package org.reportcorpus.jobs.tables;

/**
 * A table write, or the check before any, that cannot be done, with a message for the user that
 * names the table or path and says what is intact; jobs print it as one line and exit 1.
 */
public final class TableWriteException extends RuntimeException {
  public TableWriteException(String message, Throwable cause) {
    super(message, cause);
  }

  public TableWriteException(String message) {
    super(message);
  }
}
