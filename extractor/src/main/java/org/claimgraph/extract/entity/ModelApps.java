package org.claimgraph.extract.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;

/** The pass of {@link LayeredMentionFinder} that names the apps called after a model (某某大模型APP, 某某 App). */
final class ModelApps {
  private ModelApps() {}

  /** The word for an app right after a name, not the start of a longer Latin word. */
  private static final Pattern APP = Pattern.compile("^ ?(?:APP|App|app)(?![A-Za-z0-9])");

  /**
   * A model's name followed by APP names the app that serves the model, a product of its own (星火大模型 is the model,
   * 星火大模型APP the phone app). A product's name followed by APP is left alone: the app is that product.
   */
  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    for (Mention model : List.copyOf(accepted)) {
      if (model.type() != EntityType.AI_MODEL) {
        continue;
      }
      Matcher app = APP.matcher(text).region(model.span().end(), text.length());
      if (!app.lookingAt()) {
        continue;
      }
      Span name = new Span(model.span().begin(), app.end());
      if (accepted.stream().anyMatch(o -> o != model && o.span().overlaps(name))) {
        continue;
      }
      accepted.remove(model);
      accepted.add(new Mention(name, name.of(text), EntityType.PRODUCT, model.sentence(), Mention.Source.PATTERN));
    }
  }
}
