package org.reportcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the modules may depend on: the pure text functions (udfs) and the sample generator run
 * without Spark, so their poms declare no Spark artifact in any scope; the jobs need the
 * generator for their tests only, so it never reaches the cluster jar.
 */
class ModuleDependenciesTest {

  @Test
  void udfsDeclaresNoSparkDependency() throws Exception {
    List<String> declared = dependencies("udfs");
    assertFalse(declared.isEmpty(), "udfs/pom.xml: no dependencies read");
    assertTrue(declared.stream().noneMatch(d -> d.startsWith("org.apache.spark:")), "udfs/pom.xml declares " + declared);
  }

  @Test
  void generatorDeclaresNoSparkDependencyAndNoJobs() throws Exception {
    List<String> declared = dependencies("generator");
    assertTrue(declared.contains("org.reportcorpus:corpus-udfs:compile"), "generator/pom.xml declares " + declared);
    assertTrue(declared.stream().noneMatch(d -> d.startsWith("org.apache.spark:") || d.startsWith("org.reportcorpus:corpus-jobs")),
        "generator/pom.xml declares " + declared);
  }

  @Test
  void jobsUseTheGeneratorInTestsOnlyAndNeverTheBenchOrTheCli() throws Exception {
    List<String> declared = dependencies("jobs");
    assertEquals(List.of("org.reportcorpus:corpus-generator:test"),
        declared.stream().filter(d -> d.startsWith("org.reportcorpus:corpus-generator")).toList());
    assertTrue(declared.stream().noneMatch(d -> d.startsWith("org.reportcorpus:corpus-bench")
        || d.startsWith("org.reportcorpus:corpus-cli")), "jobs/pom.xml declares " + declared);
  }

  /** The module's declared dependencies (not those of dependencyManagement) as groupId:artifactId:scope. */
  private static List<String> dependencies(String module) throws Exception {
    Path pom = RepoPaths.root().resolve(module).resolve("pom.xml");
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    List<String> declared = new ArrayList<>();
    for (Node child = document.getDocumentElement().getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals("dependencies")) {
        NodeList dependencies = element.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
          Element dependency = (Element) dependencies.item(i);
          String scope = text(dependency, "scope");
          declared.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId") + ":"
              + (scope.isEmpty() ? "compile" : scope));
        }
      }
    }
    return declared;
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }
}
