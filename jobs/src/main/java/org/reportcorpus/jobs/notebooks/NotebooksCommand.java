package org.reportcorpus.jobs.notebooks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * {@code notebooks}: writes each Databricks SQL notebook of notebooks-export as a Jupyter notebook
 * beside it (same name, {@code .ipynb}); the .sql files are the one source. {@code --check} only
 * says which .ipynb files differ from what would be written (exit 1), for tests and CI.
 */
@CommandLine.Command(name = "notebooks", mixinStandardHelpOptions = true,
    description = "notebooks-export/*.sql -> notebooks-export/*.ipynb (Jupyter, PySpark)")
public final class NotebooksCommand implements Callable<Integer> {

  public static final String REGENERATE = "bin/corpus notebooks";

  @CommandLine.Option(names = "--dir", description = "folder of the .sql notebooks (default: notebooks-export of the installation)")
  Path dir;

  @CommandLine.Option(names = "--check", description = "write nothing; exit 1 if any .ipynb is missing or stale")
  boolean check;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path folder = dir != null ? dir : defaultDir();
    PrintWriter out = spec.commandLine().getOut();
    List<String> stale = stale(folder);
    if (check) {
      stale.forEach(name -> out.println("stale: " + name + " (run " + REGENERATE + " to regenerate)"));
      return stale.isEmpty() ? 0 : 1;
    }
    for (Path source : sources(folder)) {
      Files.writeString(target(source), JupyterNotebook.render(read(source)), StandardCharsets.UTF_8);
      out.println("wrote " + target(source));
    }
    return 0;
  }

  /** The .ipynb files (by name) that differ from a fresh rendering of their .sql source, or are missing. */
  public static List<String> stale(Path folder) throws IOException {
    List<String> stale = new ArrayList<>();
    for (Path source : sources(folder)) {
      Path target = target(source);
      String expected = JupyterNotebook.render(read(source));
      if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(expected)) {
        stale.add(target.getFileName().toString());
      }
    }
    return stale;
  }

  public static List<Path> sources(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
    }
  }

  public static DatabricksNotebook read(Path source) throws IOException {
    try {
      return DatabricksNotebook.parse(Files.readString(source, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  static Path target(Path source) {
    String name = source.getFileName().toString();
    return source.resolveSibling(name.substring(0, name.length() - ".sql".length()) + ".ipynb");
  }

  private static Path defaultDir() {
    String home = System.getProperty(org.reportcorpus.jobs.config.CommonOptions.HOME_PROPERTY);
    return home != null ? Paths.get(home, "notebooks-export") : Paths.get("notebooks-export");
  }
}
