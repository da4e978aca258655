package org.claimgraph.extract.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.parser.ParseException;
import edu.stanford.nlp.ling.tokensregex.parser.TokenSequenceParser;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.AnnotatedSentence;
import org.claimgraph.extract.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CoreNLP TokensRegex rule file, parsed by CoreNLP's own parser, run on our sentences.
 *
 * <p>The file is ordinary TokensRegex rule syntax: {@code $VAR = ( ... )} assignments and
 * {@code { ruleType: "tokens", name: "...", pattern: ( ... ), result: ( ... ) }} rules. Every rule must have a
 * unique {@code name} and a constant {@code result} list; named groups {@code (?$name ...)} in the pattern come back
 * as {@link TokenRuleMatch#groups()}. Rules run on {@link CoreLabel}s rebuilt from our {@link Token}s, with
 * {@code word}, {@code tag} (POS) and {@code ner} set, the latter from the caller's tags (so rules can test our own
 * entity types, e.g. {@code [{ner:MODEL}]}).
 *
 * <p>Matching tries every start token, so overlapping matches of one rule are all found (a title list such as
 * "X教授、Y主任、…Z" yields a match per title); each start gives the longest match.
 */
public final class TokensRegexRules {
  /** How long one rule may take on one sentence; every rule file's rules take milliseconds on news sentences. */
  private static final Duration RULE_BUDGET = Duration.ofSeconds(20);
  /**
   * Interrupts a rule that overran its budget (CoreNLP's matcher stops when its thread is interrupted). One check runs
   * per sentence, not per rule, and a finished sentence's check leaves the queue at once.
   */
  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();
  private static final Logger LOG = LoggerFactory.getLogger("claimgraph.relations");
  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?\\$([A-Za-z][A-Za-z0-9_]*)");

  /** One rule: its name, compiled pattern, constant result and the group names to ask its matches for. */
  private record Rule(String name, TokenSequencePattern pattern, List<String> result, List<String> groups) {}

  private final String source;
  private final List<Rule> rules;

  private TokensRegexRules(String source, List<Rule> rules) {
    this.source = source;
    this.rules = List.copyOf(rules);
  }

  /** Loads a rule file from the classpath, relative to {@code anchor}'s package. */
  public static TokensRegexRules load(Class<?> anchor, String resource) {
    return RuleFile.load(anchor, resource, "TokensRegex", TokensRegexRules::parse);
  }

  /**
   * @param source the file's name, used in error messages and returned by {@link #source()}
   * @throws IllegalArgumentException when the file does not parse or a rule lacks a name or a constant result
   */
  public static TokensRegexRules parse(String source, Reader reader) {
    String text = RuleFile.read(source, reader);
    Env env = TokenSequencePattern.getNewEnv();
    List<SequenceMatchRules.Rule> parsed;
    try {
      parsed = new TokenSequenceParser(new StringReader(text)).RuleList(env);
    } catch (ParseException | RuntimeException e) {
      throw invalid(source, e);
    } catch (Error e) {
      // The lexer reports bad characters with TokenMgrError, which is not public.
      if (e instanceof VirtualMachineError) {
        throw e;
      }
      throw invalid(source, e);
    }
    List<Rule> rules = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<String> groupNames = groupNames(text);
    int ruleIndex = 0;
    for (SequenceMatchRules.Rule r : parsed) {
      if (r instanceof SequenceMatchRules.AssignmentRule assignment) {
        assignment.evaluate(env);
        continue;
      }
      if (!(r instanceof SequenceMatchRules.AnnotationExtractRule<?, ?> rule)) {
        throw new IllegalArgumentException(source + ": unsupported rule " + r);
      }
      String where = source + ": rule #" + (ruleIndex + 1);
      if (rule.name == null || rule.name.isBlank()) {
        throw new IllegalArgumentException(where + " has no name: add name: \"...\" so relations can cite it");
      }
      if (!names.add(rule.name)) {
        throw new IllegalArgumentException(where + ": duplicate rule name '" + rule.name + "'");
      }
      if (!(rule.pattern instanceof TokenSequencePattern pattern)) {
        throw new IllegalArgumentException(where + " (" + rule.name + "): only ruleType \"tokens\" is supported");
      }
      if (rule.result == null) {
        throw new IllegalArgumentException(where + " (" + rule.name + ") has no result: add result: ( \"...\" )");
      }
      List<String> result = new ArrayList<>();
      Object value;
      try {
        value = rule.result.evaluate(env).get();
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(where + " (" + rule.name + "): the result must be a constant list", e);
      }
      if (value instanceof List<?> list) {
        for (Object v : list) {
          result.add(String.valueOf(v instanceof Value<?> val ? val.get() : v));
        }
      } else {
        result.add(String.valueOf(value));
      }
      rules.add(new Rule(rule.name, pattern, result, groupNames));
      ruleIndex++;
    }
    return new TokensRegexRules(source, rules);
  }

  private static IllegalArgumentException invalid(String source, Throwable e) {
    return new IllegalArgumentException(source + ": not a valid TokensRegex rule file: " + e.getMessage()
        + " (quote Chinese words in patterns: /的/ or \"的\")", e);
  }

  /** Every group name declared anywhere in the file; CoreNLP's matcher answers -1 for one a rule lacks. */
  private static List<String> groupNames(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = GROUP_NAME.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return List.copyOf(names);
  }

  public String source() {
    return source;
  }

  public List<String> ruleNames() {
    return rules.stream().map(Rule::name).toList();
  }

  /** The result a rule hands back with its matches. */
  public List<String> result(String rule) {
    return rules.stream().filter(r -> r.name().equals(rule)).findFirst().map(Rule::result)
        .orElseThrow(() -> new IllegalArgumentException(source + " has no rule named " + rule));
  }

  /**
   * Runs every rule on a sentence.
   *
   * @param nerTags one tag per token, used as the tokens' {@code ner} (e.g. PERSON, ORG, MODEL, TITLE, DATE, O)
   */
  public List<TokenRuleMatch> match(AnnotatedSentence sentence, List<String> nerTags) {
    return match(sentence, nerTags, RULE_BUDGET);
  }

  /**
   * Runs every rule on a sentence, giving up a rule that takes longer than {@code budget} on it: a pattern whose
   * alternatives overlap can multiply CoreNLP's match branches on a long list, and one such rule must not cost the
   * whole document. The rule's matches on that sentence are lost, and a warning names the rule.
   */
  List<TokenRuleMatch> match(AnnotatedSentence sentence, List<String> nerTags, Duration budget) {
    List<CoreLabel> labels = CoreLabels.of(sentence, nerTags);
    List<TokenRuleMatch> matches = new ArrayList<>();
    RuleClock clock = new RuleClock(Thread.currentThread(), budget.toNanos());
    long every = Math.max(1, Math.min(1000, budget.toMillis() / 4));
    ScheduledFuture<?> check = WATCHDOG.scheduleAtFixedRate(clock::interruptIfOverrun, every, every,
        TimeUnit.MILLISECONDS);
    try {
      for (Rule rule : rules) {
        clock.start();
        try {
          matches.addAll(matchRule(rule, labels));
        } catch (RuntimeInterruptedException e) {
          if (!clock.overran()) {
            throw e;
          }
          LOG.warn("{}: rule {} gave up after {} ms on sentence {} ({} tokens); its matches there are lost",
              source, rule.name(), budget.toMillis(), sentence.index() + 1, labels.size());
        } finally {
          if (clock.stop()) {
            Thread.interrupted(); // the watchdog's own interrupt, not a caller's
          }
        }
      }
    } finally {
      check.cancel(false);
    }
    return matches;
  }

  /** The rule running on one thread and since when; the watchdog interrupts it once it is over budget. */
  private static final class RuleClock {
    private final Thread matching;
    private final long budgetNanos;
    private long started;
    private boolean running;
    private boolean overran;

    RuleClock(Thread matching, long budgetNanos) {
      this.matching = matching;
      this.budgetNanos = budgetNanos;
    }

    synchronized void start() {
      started = System.nanoTime();
      running = true;
      overran = false;
    }

    synchronized void interruptIfOverrun() {
      if (running && !overran && System.nanoTime() - started > budgetNanos) {
        overran = true;
        matching.interrupt();
      }
    }

    synchronized boolean overran() {
      return overran;
    }

    /** Stops the clock; whether the watchdog interrupted this rule (no interrupt can follow once stopped). */
    synchronized boolean stop() {
      running = false;
      return overran;
    }
  }

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "claimgraph-rule-watchdog");
      t.setDaemon(true);
      return t;
    });
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }

  /** Every match of one rule, one per start token (the longest there). */
  private static List<TokenRuleMatch> matchRule(Rule rule, List<CoreLabel> labels) {
    List<TokenRuleMatch> matches = new ArrayList<>();
    TokenSequenceMatcher m = rule.pattern().matcher(labels);
    int from = 0;
    while (from < labels.size() && m.find(from)) {
      Map<String, TokenRuleMatch.TokenRange> groups = new LinkedHashMap<>();
      for (String g : rule.groups()) {
        int b = m.start("$" + g);
        int e = m.end("$" + g);
        if (b >= 0 && e >= b) {
          groups.put(g, new TokenRuleMatch.TokenRange(b, e));
        }
      }
      if (m.end() > m.start()) {
        matches.add(new TokenRuleMatch(rule.name(), m.start(), m.end(), groups, rule.result()));
      }
      from = m.start() + 1;
    }
    return matches;
  }
}
