package org.claimgraph.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Dependency;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.Token;

/**
 * Companies named in the possessive form, after a founder or a family (Dell's Diner, the chain Kay's): the tokenizer
 * splits off the 's, NER tags the word before it an organization or a person, and the name is cut. The parse tells the
 * name from a possessive: a possessive modifies the noun after it (nmod:poss), while a name ending in 's is itself the
 * subject, the object or a list's item (Kay's said, Kay's and Dell's). Where one occurrence is such a name and the
 * word never stands without its 's in the document, every occurrence is the company's, 's and all.
 */
final class PossessiveFormNames {
  private PossessiveFormNames() {}

  private static final Pattern NAME_WORD = Pattern.compile("[A-Z]\\p{L}+");
  private static final Set<String> POSSESSIVE_ENDINGS = Set.of("'s", "’s");
  /**
   * NER's tags for the word before the 's: an organization's, or a person's after whom the company is named; not a
   * place's (a town in the possessive), nor none (Let's, which the tagger may read as a name and its possessive).
   */
  private static final Set<String> NAME_TAGS = Set.of("ORGANIZATION", "PERSON");

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    Set<String> names = new HashSet<>();
    Set<String> bare = new HashSet<>();
    for (AnnotatedSentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!NAME_WORD.matcher(t.word()).matches()) {
          continue;
        }
        if (!possessiveFollows(tokens, i)) {
          bare.add(t.word());
        } else if (NAME_TAGS.contains(t.ner()) && t.pos().startsWith("NNP") && !possessor(s, i)) {
          names.add(t.word());
        }
      }
    }
    names.removeAll(bare);
    for (String name : names) {
      for (AnnotatedSentence s : doc.sentences()) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
          if (!tokens.get(i).word().equals(name) || !possessiveFollows(tokens, i)) {
            continue;
          }
          Span whole = new Span(tokens.get(i).span().begin(), tokens.get(i + 1).span().end());
          if (accepted.stream().anyMatch(m -> m.span().overlaps(whole) && !whole.contains(m.span()))) {
            continue; // a longer name around it (Kay's Kitchen Pro): that name's own
          }
          accepted.removeIf(m -> whole.contains(m.span()));
          accepted.add(new Mention(whole, whole.of(doc.text()), EntityType.COMPANY, s.index(),
              Mention.Source.PATTERN));
        }
      }
    }
  }

  /** Whether the token after the i-th is a possessive 's written right after it. */
  private static boolean possessiveFollows(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && POSSESSIVE_ENDINGS.contains(tokens.get(i + 1).word())
        && tokens.get(i + 1).pos().equals("POS") && tokens.get(i + 1).span().begin() == tokens.get(i).span().end();
  }

  /** Whether the parse makes the i-th token the possessor of a noun after it. */
  private static boolean possessor(AnnotatedSentence s, int i) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == i && d.relation().startsWith("nmod:poss")) {
        return true;
      }
    }
    return false;
  }
}
