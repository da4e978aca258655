package org.claimgraph.extract.entity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedDocument;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Mention;
import org.claimgraph.extract.Paragraph;

/**
 * The pass of {@link LayeredMentionFinder} that trusts an English encyclopedia lead about a company ("Quillfire is an
 * American video game developer and artificial intelligence company"): wherever NER took the subject's name for a
 * person's, it is the company's.
 */
final class EncyclopediaCompanies {
  private EncyclopediaCompanies() {}

  /**
   * The lead's subject, a copula and a kind of business within a few words, none of them a word that would make the
   * business another's (Jane Doe is an American entrepreneur who founded the company; an executive of the company).
   */
  private static final Pattern LEAD = Pattern.compile("^(?<name>[A-Z][A-Za-z0-9.&\\- ]{1,40}?)(?:,? (?:Inc|Ltd|LLC)\\.?)?"
      + "(?: \\([^)]{0,80}\\))? (?:is|was) (?:a|an) (?:(?!(?:who|that|which|whose|of|at|for|in|with|by|and his|and her)"
      + "\\b)[A-Za-z-]+ ){0,8}?(?:company|corporation|conglomerate|start-?up|firm|publisher|manufacturer|chipmaker)\\b");

  static void addTo(AnnotatedDocument doc, List<Mention> accepted) {
    String text = doc.text();
    // the lead is the first paragraph of the body, or the second when the first is the title's line
    Optional<String> name = doc.document().paragraphs().stream().filter(p -> p.role() != Paragraph.Role.TITLE)
        .limit(2).map(p -> LEAD.matcher(p.span().of(text).strip())).filter(Matcher::find)
        .map(m -> m.group("name").strip()).findFirst();
    name.ifPresent(company -> accepted.replaceAll(m -> m.type() == EntityType.PERSON
        && m.source() != Mention.Source.BYLINE && m.text().equals(company)
        ? new Mention(m.span(), m.text(), EntityType.COMPANY, m.sentence(), m.source()) : m));
  }
}
