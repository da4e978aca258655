package org.claimgraph.extract.claim;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.extract.lexicon.TabFile;

/** Head nouns of described groups of people ({@code group-heads.tsv}): 支持者, 人们, 业内人士, 专家. */
final class GroupHeads {
  static final String RESOURCE = "group-heads.tsv";

  private final Set<String> words;
  private final Set<String> suffixes;
  private final Set<String> organizations;

  GroupHeads(Set<String> words, Set<String> suffixes, Set<String> organizations) {
    this.words = Set.copyOf(words);
    this.suffixes = Set.copyOf(suffixes);
    this.organizations = Set.copyOf(organizations);
  }

  static GroupHeads load() {
    Set<String> words = new HashSet<>();
    Set<String> suffixes = new HashSet<>();
    Set<String> organizations = new HashSet<>();
    for (TabFile.Row row : TabFile.read(GroupHeads.class, RESOURCE, 2)) {
      switch (row.cell(1)) {
        case "WORD" -> words.add(row.cell(0).toLowerCase(Locale.ROOT));
        case "SUFFIX" -> suffixes.add(row.cell(0));
        case "ORGANIZATION" -> organizations.add(row.cell(0));
        default -> throw row.error("kind must be WORD, SUFFIX or ORGANIZATION, found '" + row.cell(1) + "'");
      }
    }
    return new GroupHeads(words, suffixes, organizations);
  }

  /** Whether a phrase ends with a group head (该行动的用户, one venture capitalist). */
  boolean endsWithGroupHead(String phrase) {
    String lower = phrase.toLowerCase(Locale.ROOT);
    return words.stream().anyMatch(lower::endsWith) || (phrase.length() >= 2 && suffixes.stream().anyMatch(phrase::endsWith));
  }

  /** Whether a noun phrase's last word makes it a group of people. */
  boolean isGroupHead(String lastWord) {
    if (words.contains(lastWord) || words.contains(lastWord.toLowerCase(Locale.ROOT))) {
      return true; // Observers at the start of a sentence is observers
    }
    return lastWord.length() >= 2 && suffixes.stream().anyMatch(lastWord::endsWith);
  }

  /** Whether a word names a kind of organization (科技公司, 出版社, 部门), a group only when counted as many. */
  boolean isOrganizationNoun(String word) {
    return organizations.stream().anyMatch(word::endsWith);
  }
}
