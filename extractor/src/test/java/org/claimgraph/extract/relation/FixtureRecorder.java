package org.claimgraph.extract.relation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.Languages;
import org.claimgraph.extract.corenlp.CoreNlpAnnotator;
import org.claimgraph.extract.corenlp.PipelineSettings;

/**
 * Records the CoreNLP analysis of every fixture case whose text has no recording yet (or changed), so the rule tests
 * run on real tokens and dependency parses without loading the models. Not a test: run it by hand after editing a
 * fixture's texts (loads the Chinese models, about a minute and 5 GB, and the English ones when a case is in English):
 *
 * <pre>
 * cd /work/main &amp;&amp; mvn -o -q -pl extractor test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx5g -cp "extractor/target/test-classes:extractor/target/classes:$(cat extractor/target/cp.txt)" \
 *   org.claimgraph.extract.relation.FixtureRecorder extractor/src/test/resources/fixtures/relation/*.json \
 *   extractor/src/test/resources/fixtures/claim/*.json
 * </pre>
 */
public final class FixtureRecorder {
  private FixtureRecorder() {}

  public static void main(String[] files) throws Exception {
    CoreNlpAnnotator chinese = new CoreNlpAnnotator(PipelineSettings.chineseDefault());
    CoreNlpAnnotator english = null; // loaded only when a case is in English
    for (String file : files) {
      Path path = Path.of(file);
      JsonNode root = RecordedCase.JSON.readTree(path.toFile());
      LocalDate date = LocalDate.parse(root.path("date").asText("2023-10-19"));
      int recorded = 0;
      for (JsonNode node : RecordedCase.casesOf(root)) {
        ObjectNode c = (ObjectNode) node;
        String text = c.path("text").asText();
        if (c.has("sentences") && c.path("recordedText").asText().equals(text)) {
          continue;
        }
        CleanDocument clean = RecordedCase.clean(c.path("id").asText(), text, date, c);
        boolean isEnglish = Languages.detect(text).equals(Languages.ENGLISH);
        if (isEnglish && english == null) {
          english = new CoreNlpAnnotator(PipelineSettings.englishDefault());
        }
        AnnotatedDocument doc = (isEnglish ? english : chinese).annotate(clean);
        c.put("recordedText", text);
        c.set("sentences", RecordedCase.JSON.valueToTree(doc.sentences()));
        recorded++;
      }
      Files.writeString(path, render(root));
      System.err.println(file + ": recorded " + recorded + " case(s)");
    }
  }

  /** The fixture pretty-printed, except that each recorded token, dependency and mention takes one line. */
  static String render(JsonNode root) throws JsonProcessingException {
    JsonNode copy = root.deepCopy();
    List<String> recorded = new ArrayList<>();
    for (JsonNode node : RecordedCase.casesOf(copy)) {
      ObjectNode c = (ObjectNode) node;
      if (c.has("sentences")) {
        recorded.add(sentences(c.get("sentences")));
        c.set("sentences", TextNode.valueOf("@@" + (recorded.size() - 1) + "@@"));
      }
    }
    String out = RecordedCase.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(copy);
    for (int i = 0; i < recorded.size(); i++) {
      out = out.replace("\"@@" + i + "@@\"", recorded.get(i));
    }
    return out + "\n";
  }

  private static String sentences(JsonNode sentences) throws JsonProcessingException {
    StringBuilder sb = new StringBuilder("[");
    String indent = "\n        ";
    for (int i = 0; i < sentences.size(); i++) {
      JsonNode s = sentences.get(i);
      sb.append(i == 0 ? "" : ",").append("\n      {\"index\": ").append(s.get("index"))
          .append(", \"span\": ").append(compact(s.get("span")))
          .append(",").append(indent).append("\"tokens\": [");
      lines(sb, s.get("tokens"), indent + "  ");
      sb.append("],").append(indent).append("\"dependencies\": [");
      lines(sb, s.get("dependencies"), indent + "  ");
      sb.append("],").append(indent).append("\"nerMentions\": [");
      lines(sb, s.get("nerMentions"), indent + "  ");
      sb.append("]}");
    }
    return sb.append("\n    ]").toString();
  }

  private static void lines(StringBuilder sb, JsonNode items, String indent) throws JsonProcessingException {
    for (int i = 0; i < items.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(indent).append(compact(items.get(i)));
    }
  }

  private static String compact(JsonNode node) throws JsonProcessingException {
    return RecordedCase.JSON.writeValueAsString(node);
  }
}
