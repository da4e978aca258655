package org.claimgraph.extract.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.extract.lexicon.TabFile;

/** Head nouns of described groups of people ({@code group-heads.tsv}): 支持者, 人们, 业内人士, 专家. */
final class GroupHeads {
  static final String RESOURCE = "group-heads.tsv";
  /**
   * CoreNLP's animacy word lists (Ji and Lin 2009, shipped with its English models for coreference): nouns that name
   * people or animals, and nouns that name things. A word in both lists is not taken for people.
   */
  private static final String ANIMATE = "/edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
  private static final String INANIMATE = "/edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt";
  private static volatile Set<String> animatePlurals;

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

  /**
   * Whether an English plural common noun names people (retailers, translators, panelists, others): a word of CoreNLP's
   * animate list and not of its inanimate one. A group head no list of speaker nouns could name in full.
   */
  boolean isPeoplePlural(String word, String pos) {
    return pos.equals("NNS") && animatePlurals().contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a description ends in such a plural (four in 10 translators): a group, not one person or company. */
  boolean endsWithPeoplePlural(String description) {
    String[] words = description.strip().split("\\s+");
    return animatePlurals().contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  private static Set<String> animatePlurals() {
    Set<String> found = animatePlurals;
    if (found == null) {
      Set<String> animate = lowerCaseWords(ANIMATE);
      animate.removeAll(lowerCaseWords(INANIMATE));
      animate.removeIf(w -> !w.matches("[a-z]+s"));
      found = Set.copyOf(animate);
      animatePlurals = found;
    }
    return found;
  }

  /** The words of a CoreNLP list, lower-cased; none when the English models are not on the class path. */
  private static Set<String> lowerCaseWords(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = GroupHeads.class.getResourceAsStream(resource)) {
      if (in == null) {
        return words;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        words.add(line.strip().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** Whether a word names a kind of organization (科技公司, 出版社, 部门), a group only when counted as many. */
  boolean isOrganizationNoun(String word) {
    return organizations.stream().anyMatch(word::endsWith);
  }
}
