package org.reportcorpus.jobs.sql;

import java.io.IOException;
import java.nio.file.Path;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The SQL shell at a terminal, through JLine: line editing, a history kept in a file, and
 * statements over several lines — Enter on a statement not yet ended with {@code ;} asks for
 * more under a continuation prompt, and the whole statement becomes one history entry. Ctrl-C at
 * the prompt drops the typed text; during a query it cancels the query's Spark jobs; Ctrl-D,
 * {@code \q}, {@code quit} or {@code exit} leaves.
 */
public final class InteractiveShell {

  static final String PROMPT = "corpus> ";
  static final String CONTINUATION = "     -> ";

  private InteractiveShell() {}

  /** The shell on this process's terminal (JLine is touched only from here on). */
  public static void runAtTerminal(SqlShell shell, Path history, Runnable cancelQueries) throws IOException {
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      run(shell, terminal, history, cancelQueries);
    }
  }

  /** Reads and runs blocks until the user leaves. */
  public static void run(SqlShell shell, Terminal terminal, Path history, Runnable cancelQueries) {
    LineReader reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("corpus-sql")
        .parser(new StatementParser())
        .variable(LineReader.HISTORY_FILE, history)
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
        // SQL has '!' ("<>" as "!="): no history expansion of it.
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .build();
    // The reader handles Ctrl-C itself while it reads; between reads a query runs.
    terminal.handle(Terminal.Signal.INT, signal -> cancelQueries.run());
    terminal.writer().println("Spark SQL over the warehouse; \\h lists the commands, \\q leaves.");
    terminal.writer().flush();
    while (true) {
      String block;
      try {
        block = reader.readLine(PROMPT);
      } catch (UserInterruptException interrupted) {
        shell.discardPending();
        continue;
      } catch (EndOfFileException end) {
        break;
      }
      if (!shell.accept(block + "\n")) {
        break;
      }
    }
    shell.finishInput();
  }

  /**
   * Asks JLine for another line (an {@link EOFError}) while the typed text's last statement has
   * no {@code ;}; word splitting (for the editor's word motions) is JLine's default.
   */
  static final class StatementParser implements Parser {

    private final DefaultParser words = new DefaultParser();

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
      if (context == ParseContext.ACCEPT_LINE && !SqlShell.isComplete(line)) {
        throw new EOFError(-1, -1, "statement not ended with ;", ";");
      }
      // SQL quotes and comments are the splitter's business: no EOFError from unbalanced quotes here.
      return words.parse(line, cursor, ParseContext.SPLIT_LINE);
    }

    /** A backslash is SQL's (in strings) or starts a shell command: never an editor escape. */
    @Override
    public boolean isEscapeChar(char ch) {
      return false;
    }
  }
}
