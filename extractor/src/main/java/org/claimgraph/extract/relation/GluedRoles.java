package org.claimgraph.extract.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Relation;
import org.claimgraph.extract.RelationType;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.tagging.Referent;
import org.claimgraph.extract.tagging.TaggedSentence;
import org.claimgraph.extract.tagging.TitleLexicon;

/**
 * Roles read from the characters, for when the segmenter glues an organization, a title and a name into fewer tokens
 * than the token rules need ("谷歌DeepMind CEO德米斯·哈萨比斯" as one token, "搜狗前CEO王小川"): a person's name right
 * after a run of titles (titles.tsv, joined by 兼 or 、) right after an organization's name, with nothing but 的, a
 * space or a former-marker (前, 原) between. The same relations as roles.org-title-person.
 */
final class GluedRoles {
  static final String RULE = "roles.glued-org-title-person";
  static final double CONFIDENCE = 0.85;
  /** What may stand between the organization and the title: 的, spaces, 前/原 (a former title). */
  private static final Pattern BETWEEN = Pattern.compile("(?:的)?\\s*(前任|前|原任|原)?\\s*$");

  /** A former-marker right before the organization: 前谷歌首席科学家X, former Google CEO X. */
  private static final Pattern FORMER_BEFORE = Pattern.compile("(前任|前|原任|原|(?<![A-Za-z])[Ff]ormer)\\s*$");

  /** The nouns that end an agency's name and, with 长, its head's title: 部 (部长), 局, 署, 厅, 院 (行政院长). */
  private static final Pattern AGENCY_HEAD_NOUN = Pattern.compile("[部局署厅院]$");

  private GluedRoles() {}

  static List<Relation> find(TaggedSentence s, TitleLexicon titles) {
    List<Relation> out = new ArrayList<>();
    int base = s.sentence().span().begin();
    String text = s.text();
    for (Referent person : s.referents()) {
      if (person.type() != EntityType.PERSON || person.anaphor()) {
        continue;
      }
      int personAt = person.span().begin() - base;
      if (personAt <= 0 || personAt > text.length()) {
        continue;
      }
      int titleAt = titles.chainStart(text, personAt);
      if (titleAt >= personAt) {
        agencyHead(s, base, person, personAt).ifPresent(out::add);
        continue;
      }
      Optional<Referent> org = organizationEndingBefore(s, base, titleAt);
      if (org.isEmpty()) {
        agencyHead(s, base, person, personAt).ifPresent(out::add); // 行政院长: the title 院长 starts inside the name
        continue;
      }
      if (listedOrganization(s, base, org.get())) {
        continue;
      }
      Matcher between = BETWEEN.matcher(text.substring(org.get().span().end() - base, titleAt));
      if (!between.matches()) {
        continue;
      }
      String title = text.substring(titleAt, personAt).strip();
      Matcher formerBefore = FORMER_BEFORE.matcher(text.substring(0, org.get().span().begin() - base));
      String former = between.group(1) != null ? between.group(1) : formerBefore.find() ? formerBefore.group(1) : null;
      Set<TitleLexicon.Role> roles = new LinkedHashSet<>();
      titles.find(title, 0).forEach(f -> roles.add(f.role()));
      Span evidence = new Span(org.get().span().begin(), person.span().end());
      RuleInterpreter.roleRelations(org.get(), person, title, Optional.ofNullable(former), roles,
          s.index(), evidence, RULE, org.get().anaphor() ? CONFIDENCE * RuleInterpreter.ANAPHOR_FACTOR : CONFIDENCE, out);
    }
    return out;
  }

  /**
   * A head of an agency whose title is glued to the agency's name, as Chinese writes ministers and directors: 美国商务部长X
   * is 美国商务部 + 长, 行政院长X 行政院 + 长, 某某局局长 the title in full (a title of its own, read above). The head
   * works for the agency, titled 部长, 局长, 署长, 厅长 or 院长.
   */
  private static Optional<Relation> agencyHead(TaggedSentence s, int base, Referent person, int personAt) {
    if (personAt < 3 || s.text().charAt(personAt - 1) != '长') {
      return Optional.empty();
    }
    return s.referents().stream()
        .filter(r -> r.type().isOrganization() && !r.anaphor() && r.span().end() - base == personAt - 1)
        .filter(r -> AGENCY_HEAD_NOUN.matcher(s.text().substring(0, r.span().end() - base)).find())
        .findFirst()
        .map(agency -> {
          String name = s.text().substring(agency.span().begin() - base, agency.span().end() - base);
          String title = name.charAt(name.length() - 1) + "长";
          return new Relation(person.entityKey(), RelationType.WORKS_FOR, new Relation.EntityValue(agency.entityKey()),
              Optional.of(title), s.index(), new Span(agency.span().begin(), person.span().end()), RULE, CONFIDENCE);
        });
  }

  /** The organization whose name ends at most a 的, a former-marker and spaces before {@code at}. */
  private static Optional<Referent> organizationEndingBefore(TaggedSentence s, int base, int at) {
    return s.referents().stream()
        .filter(r -> r.type().isOrganization() && r.span().end() - base <= at && r.span().end() - base >= at - 4)
        .filter(r -> BETWEEN.matcher(s.text().substring(r.span().end() - base, at)).matches())
        .max(Comparator.comparingInt((Referent r) -> r.span().end()).thenComparingInt(r -> -r.span().begin()));
  }

  /** 智谱、百川和零一万物的创始人A、B、C: an organization after a list joiner after another one holds no shared title. */
  private static boolean listedOrganization(TaggedSentence s, int base, Referent org) {
    String before = s.text().substring(0, org.span().begin() - base).stripTrailing();
    for (String joiner : RuleInterpreter.LIST_JOINERS) {
      if (before.endsWith(joiner)) {
        int end = base + before.length() - joiner.length();
        return s.referents().stream().anyMatch(r -> r.type().isOrganization() && r.span().end() <= end
            && r.span().end() >= end - 1);
      }
    }
    return false;
  }
}
