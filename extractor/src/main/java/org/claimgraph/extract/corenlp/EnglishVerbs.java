package org.claimgraph.extract.corenlp;

import edu.stanford.nlp.process.Morphology;
import java.util.Locale;

/**
 * English verb lemmas by CoreNLP's own morphology (the lemmatizer its {@code lemma} annotator runs, which needs no
 * model), so that a verb listed in one inflection is found in the others: noted, notes, noting.
 */
public final class EnglishVerbs {
  private EnglishVerbs() {}

  /** The lemma of {@code word} as a verb with Penn tag {@code tag} (VB, VBD, VBG, VBN, VBP, VBZ). */
  public static String lemma(String word, String tag) {
    return Morphology.stemStatic(word, tag).word().toLowerCase(Locale.ROOT);
  }

  /** The lemma of a verb form listed without its tag, guessing the tag from its ending (said, saying, says, say). */
  public static String lemmaOfListedForm(String form) {
    String tag = form.endsWith("ing") ? "VBG" : form.endsWith("ed") ? "VBD" : form.endsWith("s") ? "VBZ" : "VBD";
    return lemma(form, tag);
  }
}
