package org.claimgraph.extract.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.extract.Byline;
import org.claimgraph.extract.CleanDocument;
import org.claimgraph.extract.Cleaner;
import org.claimgraph.extract.DroppedLine;
import org.claimgraph.extract.ExtractionException;
import org.claimgraph.extract.Paragraph;
import org.claimgraph.extract.RawDocument;
import org.claimgraph.extract.Span;

/**
 * Isolates the article in a scraped page by the shape and content of its lines, never by a page's exact strings.
 *
 * <p>The contract: a line is dropped only on positive evidence that it is not article text. Input without any spam
 * signal is an article as it stands, and no line of it is dropped; its title is its first non-empty line (unless that
 * line is a date or author line, or several sentences). Standing before the title is never reason enough.
 *
 * <ol>
 *   <li>Each line is judged: spam by shape ({@link SpamSignals}: '|' lists, search-question lines, link farms,
 *       breadcrumbs, sharing bars, copyright notices), a date line, an author line, a credit line ({@link
 *       CreditLine}: editor, source, image credit), prose (enough words, ending a sentence), or a short line.</li>
 *   <li>On a page with spam signals, prose lines close together form clusters; the article body is the cluster with
 *       the most prose. The header before it: date and author lines, and the title: the first line that can be one
 *       and shares the body's vocabulary about as well as the best candidate.</li>
 *   <li>The block of lines before the article, and the block after it, are dropped only when they carry a spam
 *       signal; otherwise they belong to the article. Credit lines are kept wherever they stand. On a page with
 *       injected content (SEO lists, link farms; not mere chrome such as a copyright footer), lines that share almost
 *       no vocabulary with the rest of the article are injected too ({@link TopicOverlap}) and dropped.</li>
 *   <li>Kept lines are repaired ({@link GlueRepair}; on a page that spaces Chinese from Latin letters and digits, those
 *       spaces are removed: {@link ScriptSpacing}) and joined by blank lines, with an offset map back to the raw
 *       text.</li>
 * </ol>
 * Every dropped non-blank line is reported with the signal that dropped it and its value.
 */
public final class ArticleCleaner implements Cleaner {
  /** A line sharing less than this share of its vocabulary with the rest of the article is off-topic. */
  static final double MIN_TOPIC_OVERLAP = 0.15;
  /** ... and less than this share of the median line's overlap. */
  static final double MEDIAN_SHARE_FOR_TOPIC = 0.5;
  /** Articles with fewer judgeable lines are not tested for off-topic lines. */
  static final int MIN_LINES_TO_JUDGE_TOPIC = 5;
  /** Prose lines separated by at least this many non-prose lines belong to different blocks of the page. */
  private static final int CLUSTER_GAP = 3;
  /** A prose line has at least this many letters (Han characters and Latin words). */
  private static final int MIN_PROSE_LETTERS = 15;
  /** A title has at least this many letters and at most one sentence. */
  private static final int MIN_TITLE_LETTERS = 4;
  private static final int MAX_TITLE_LENGTH = 200;
  private static final double TITLE_SHARE_OF_BEST = 0.5;

  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9'’-]*");
  /**
   * A footnote marker that encyclopedia copy keeps after a sentence's end: [7], [a], [note 2], [citation needed]. The
   * sentence is finished all the same.
   */
  private static final String FOOTNOTE = "\\[(?:\\d{1,3}|[a-z]|note \\d{1,3}|citation needed)\\]";
  private static final Pattern TERMINATOR =
      Pattern.compile("[。！？!?…；;]|(?<=\\p{L})\\.(?=\\s|$|[\"”’'）)]|" + FOOTNOTE + ")");
  private static final Pattern ENDS_SENTENCE =
      Pattern.compile("(?:[。！？!?…；;.])[\"”’'）)」』】]*(?:" + FOOTNOTE + ")*$");

  private final GlueRepair glueRepair;

  public ArticleCleaner(GlueRepair glueRepair) {
    this.glueRepair = Objects.requireNonNull(glueRepair, "glueRepair");
  }

  /** With a glue repair that knows these Latin names. */
  public ArticleCleaner(Set<String> knownLatinNames) {
    this(new GlueRepair(knownLatinNames));
  }

  private enum Kind { SPAM, DATE, BYLINE, CREDIT, PROSE, SHORT }

  /** A non-blank line with its judgement. */
  private record Judged(SourceLine line, Kind kind, Optional<SpamSignals.Verdict> spam, Optional<LocalDate> date) {
    int number() {
      return line.number();
    }

    String text() {
      return line.text();
    }
  }

  /**
   * Where the article lies among the non-blank lines (indices into them).
   *
   * @param title        the title line, or -1
   * @param anchors      the date and author lines of the header
   * @param articleStart the first line of the article (title or header); lines before it are outside
   * @param bodyStart    the first body paragraph
   * @param bodyEnd      the last body paragraph; lines after it are outside
   */
  private record Layout(int title, List<Integer> anchors, int articleStart, int bodyStart, int bodyEnd) {}

  @Override
  public CleanDocument clean(RawDocument raw) {
    List<Judged> judged = SourceLine.split(raw.text()).stream()
        .filter(l -> !l.isBlank())
        .map(ArticleCleaner::judge)
        .toList();
    List<Judged> lines = withBareBylines(judged);
    Map<Integer, String> dropped = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int index = i;
      lines.get(i).spam().ifPresent(v -> dropped.put(index, v.reason()));
    }
    boolean scraped = !dropped.isEmpty();
    boolean injected = lines.stream().anyMatch(j -> j.spam().filter(SpamSignals.Verdict::injected).isPresent());
    Layout layout = (scraped ? layout(lines).map(l -> keepUnsignalledEdges(lines, l)) : plainLayout(lines))
        .orElseThrow(() -> notAnArticle(raw, lines, dropped, "no paragraph of prose found"));

    List<String> articleLines = new ArrayList<>();
    for (int i = layout.articleStart(); i <= layout.bodyEnd(); i++) {
      if (lines.get(i).kind() != Kind.SPAM && !layout.anchors().contains(i)) {
        articleLines.add(lines.get(i).text());
      }
    }
    // Off-topic lines are looked for only on pages with injected content (SEO lists, link farms): on a clean article a
    // short heading, a speaker's name line or a quote shares little vocabulary by nature, and page chrome such as a
    // copyright footer comes with clean articles too.
    OffTopic offTopic = injected ? OffTopic.measure(new TopicOverlap(articleLines), articleLines) : OffTopic.NONE;

    Map<Integer, Paragraph.Role> kept = new LinkedHashMap<>();
    boolean haveDate = false;
    for (int i = 0; i < lines.size(); i++) {
      Judged j = lines.get(i);
      if (j.kind() == Kind.SPAM) {
        continue;
      }
      if (i == layout.title()) {
        kept.put(i, Paragraph.Role.TITLE);
      } else if (j.kind() == Kind.CREDIT) {
        kept.put(i, Paragraph.Role.CREDIT); // also before or after the article: credits are printed there
      } else if (i > layout.bodyEnd()) {
        dropped.put(i, "page block: after the article's last paragraph (line " + lines.get(layout.bodyEnd()).number()
            + "), in a block that carries spam signals");
      } else if (i < layout.articleStart()) {
        dropped.put(i, "page block: before the article's first line (line "
            + lines.get(layout.articleStart()).number() + "), in a block that carries spam signals");
      } else if (layout.anchors().contains(i)) {
        if (j.kind() == Kind.DATE && haveDate) {
          kept.put(i, Paragraph.Role.BODY); // the date is taken from the first date line
        } else {
          haveDate |= j.date().isPresent();
          kept.put(i, j.kind() == Kind.DATE ? Paragraph.Role.DATE : Paragraph.Role.BYLINE);
        }
      } else if (j.kind() == Kind.BYLINE) {
        kept.put(i, Paragraph.Role.BYLINE); // an author line after an editor's note or lede: still the author's
      } else {
        Optional<String> offTopicReason = offTopic.reason(j.text());
        if (offTopicReason.isPresent()) {
          dropped.put(i, offTopicReason.get());
        } else {
          kept.put(i, Paragraph.Role.BODY);
        }
      }
    }
    if (kept.entrySet().stream().noneMatch(e -> e.getValue() == Paragraph.Role.BODY
        && lines.get(e.getKey()).kind() == Kind.PROSE)) {
      throw notAnArticle(raw, lines, dropped, "no paragraph of prose is left");
    }
    return build(raw, lines, kept, dropped);
  }

  /**
   * Finds the article: the body is the cluster with the most prose; the header is the date and author lines before
   * its first run of paragraphs; the title is looked for before the header (or within it, if there is none before).
   */
  private static Optional<Layout> layout(List<Judged> lines) {
    List<List<Integer>> clusters = proseClusters(lines);
    if (clusters.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> body = clusters.stream()
        .max((a, b) -> Integer.compare(proseLength(lines, a), proseLength(lines, b)))
        .orElseThrow();
    int pageStart = clusters.stream().filter(c -> c.get(0) < body.get(0))
        .mapToInt(c -> c.get(c.size() - 1) + 1).max().orElse(0);
    int bodyEnd = body.get(body.size() - 1);

    List<Integer> anchors = new ArrayList<>();
    for (int i = pageStart; i < solidStart(body); i++) {
      Kind k = lines.get(i).kind();
      if (k == Kind.DATE || k == Kind.BYLINE) {
        anchors.add(i);
      }
    }
    int bodyStart = anchors.isEmpty() ? body.get(0) : firstProseAfter(anchors.get(anchors.size() - 1), body);
    int headerStart = anchors.isEmpty() ? bodyStart : anchors.get(0);

    List<String> bodyLines = new ArrayList<>();
    for (int i = bodyStart; i <= bodyEnd; i++) {
      if (lines.get(i).kind() != Kind.SPAM) {
        bodyLines.add(lines.get(i).text());
      }
    }
    TopicOverlap bodyTopic = new TopicOverlap(bodyLines);
    int title = titleCandidate(lines, pageStart, headerStart, bodyTopic);
    if (title < 0 && !anchors.isEmpty()) {
      title = titleCandidate(lines, anchors.get(0) + 1, bodyStart, bodyTopic); // a date line may open the page
    }
    int articleStart = title < 0 ? headerStart : Math.min(title, headerStart);
    return Optional.of(new Layout(title, List.copyOf(anchors), articleStart, bodyStart, bodyEnd));
  }

  /**
   * The layout of input without spam signals: every line belongs to the article. The title is the first line that is
   * neither a date nor an author line, if it can be a title; the header is the date and author lines before the first
   * paragraph of prose.
   */
  private static Optional<Layout> plainLayout(List<Judged> lines) {
    int firstProse = firstOfKind(lines, 0, Kind.PROSE);
    if (firstProse < 0) {
      return Optional.empty();
    }
    // A title that asks or exclaims is one sentence, judged prose; the date and author lines under it are still the
    // header's (标题？ / 2024-05-22 某某网 / 正文).
    int nextProse = firstProse == 0 && canBeTitle(lines.get(0), 1) ? firstOfKind(lines, 1, Kind.PROSE) : -1;
    if (nextProse > 1 && lines.subList(1, nextProse).stream()
        .anyMatch(j -> j.kind() == Kind.DATE || j.kind() == Kind.BYLINE)) {
      firstProse = nextProse;
    }
    return Optional.of(headerFrom(lines, 0, firstProse, lines.size() - 1, 1));
  }

  /**
   * On a page with spam signals, the blocks before and after the article found by {@link #layout} are page furniture
   * only if they carry a signal themselves; a block without one belongs to the article, and then the article starts at
   * the page's first line (or ends at its last).
   */
  private static Layout keepUnsignalledEdges(List<Judged> lines, Layout found) {
    Layout layout = found;
    if (found.articleStart() > 0 && !anySpam(lines, 0, found.articleStart())) {
      layout = headerFrom(lines, 0, found.bodyStart(), found.bodyEnd(), 1);
    }
    if (!anySpam(lines, layout.bodyEnd() + 1, lines.size())) {
      layout = new Layout(layout.title(), layout.anchors(), layout.articleStart(), layout.bodyStart(),
          lines.size() - 1);
    }
    return layout;
  }

  /**
   * Title and header anchors for an article that starts at line {@code start} and has prose from {@code bodyStart}.
   * With nothing around the article to mistake for it, a one-word title (ChatGPT) is a title.
   */
  private static Layout headerFrom(List<Judged> lines, int start, int bodyStart, int bodyEnd, int minTitleLetters) {
    List<Integer> anchors = new ArrayList<>();
    int firstLine = -1;
    for (int i = start; i < bodyStart; i++) {
      Kind k = lines.get(i).kind();
      if (k == Kind.DATE || k == Kind.BYLINE) {
        anchors.add(i);
      } else if (k != Kind.SPAM && k != Kind.CREDIT && firstLine < 0) {
        firstLine = i;
      }
    }
    if (firstLine < 0) {
      firstLine = bodyStart; // a one-sentence first line, judged prose, can still be the title
    }
    int title = canBeTitle(lines.get(firstLine), minTitleLetters) ? firstLine : -1; // only the first such line may be the title
    return new Layout(title, List.copyOf(anchors), start, bodyStart, bodyEnd);
  }

  private static boolean canBeTitle(Judged j, int minLetters) {
    return (j.kind() == Kind.SHORT || j.kind() == Kind.PROSE) && letters(j.text()) >= minLetters
        && j.text().length() <= MAX_TITLE_LENGTH && terminators(j.text()) <= 1;
  }

  private static int firstOfKind(List<Judged> lines, int from, Kind kind) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).kind() == kind) {
        return i;
      }
    }
    return -1;
  }

  private static boolean anySpam(List<Judged> lines, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
      if (lines.get(i).kind() == Kind.SPAM) {
        return true;
      }
    }
    return false;
  }

  /**
   * The off-topic test: a line is injected when little of its vocabulary occurs in the rest of the article, both in
   * absolute terms and against the article's typical line. Short articles are not judged: with few lines, genuine
   * paragraphs share little by chance.
   */
  private record OffTopic(TopicOverlap topic, OptionalDouble median) {
    /** Judges no line off-topic. */
    static final OffTopic NONE = new OffTopic(null, OptionalDouble.empty());

    static OffTopic measure(TopicOverlap topic, List<String> articleLines) {
      double[] overlaps = articleLines.stream().map(l -> topic.overlap(l, true))
          .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).sorted().toArray();
      OptionalDouble median = overlaps.length < MIN_LINES_TO_JUDGE_TOPIC ? OptionalDouble.empty()
          : OptionalDouble.of(overlaps.length % 2 == 1 ? overlaps[overlaps.length / 2]
              : (overlaps[overlaps.length / 2 - 1] + overlaps[overlaps.length / 2]) / 2);
      return new OffTopic(topic, median);
    }

    Optional<String> reason(String line) {
      if (median.isEmpty()) {
        return Optional.empty();
      }
      OptionalDouble overlap = topic.overlap(line, true);
      if (overlap.isEmpty()) {
        return Optional.empty();
      }
      double limit = Math.min(MIN_TOPIC_OVERLAP, MEDIAN_SHARE_FOR_TOPIC * median.getAsDouble());
      if (overlap.getAsDouble() >= limit) {
        return Optional.empty();
      }
      return Optional.of(String.format(Locale.ROOT, "off-topic line: %.2f vocabulary overlap with the rest of the"
          + " article (character bigrams and words; threshold %.2f, the median line has %.2f)",
          overlap.getAsDouble(), limit, median.getAsDouble()));
    }
  }

  private CleanDocument build(RawDocument raw, List<Judged> lines, Map<Integer, Paragraph.Role> kept,
      Map<Integer, String> dropped) {
    CleanTextBuilder builder = new CleanTextBuilder();
    List<Paragraph> paragraphs = new ArrayList<>();
    List<String> repairs = new ArrayList<>();
    String title = "";
    Optional<LocalDate> date = Optional.empty();
    Optional<Byline> byline = Optional.empty();
    List<DroppedLine> droppedLines = new ArrayList<>();
    boolean spacedScripts = ScriptSpacing.spacesScripts(
        kept.keySet().stream().map(i -> lines.get(i).text()).toList());
    for (int i = 0; i < lines.size(); i++) {
      Judged j = lines.get(i);
      if (dropped.containsKey(i)) {
        droppedLines.add(new DroppedLine(j.number(), j.line().content(), j.text(), dropped.get(i)));
      }
      Paragraph.Role role = kept.get(i);
      if (role == null) {
        continue;
      }
      RepairedLine repaired = glueRepair.repair(j.text());
      if (spacedScripts) {
        repaired = repaired.then(ScriptSpacing.unspaced(repaired.text()));
      }
      repaired.repairs().forEach(r -> repairs.add("line " + j.number() + ": " + r));
      Span span = builder.append(repaired, j.line().content().begin());
      paragraphs.add(new Paragraph(role, span));
      switch (role) {
        case TITLE -> title = repaired.text();
        case DATE -> date = date.or(j::date);
        case BYLINE -> {
          if (byline.isEmpty()) {
            String line = repaired.text();
            byline = BylineParser.parse(line).or(() -> BylineParser.bareName(line))
                .or(() -> BylineParser.bareLatinName(line)).map(f -> new Byline(f.author(),
                new Span(span.begin() + f.authorBegin(), span.begin() + f.authorEnd()), f.role(),
                BylineParser.outlet(line, f).map(o -> new Span(span.begin() + o.begin(), span.begin() + o.end())),
                BylineParser.coAuthors(line, f.authorEnd()).stream()
                    .map(c -> new Span(span.begin() + c.begin(), span.begin() + c.end())).toList()));
          }
          date = date.or(j::date);
        }
        case CREDIT, BODY -> { }
      }
    }
    return new CleanDocument(DocumentId.of(raw.source(), raw.sha256()), raw, title, date, byline, builder.text(),
        paragraphs, builder.offsets(raw.text().length()), droppedLines, repairs);
  }

  /**
   * A Chinese name alone on a short line in the header, under the first line (the title) and its date and credit
   * lines, is the author's byline: news sites print it so (标题 / 2024-05-22 / 李吟). A two-character name must
   * follow a date line, where a two-character heading such as 简介 never stands. An English one is a person's name
   * whose first word is a given name, alone or with a bar and a date or a comma and a newsroom post (Jane Doe |
   * March 3, 2024), and may come under or instead of the date line.
   */
  private static List<Judged> withBareBylines(List<Judged> lines) {
    int first = 0;
    while (first < lines.size() && lines.get(first).kind() == Kind.SPAM) {
      first++;
    }
    List<Judged> read = new ArrayList<>(lines);
    for (int i = first + 1; i < Math.min(lines.size(), first + 4); i++) {
      Judged j = lines.get(i);
      boolean latinName = (j.kind() == Kind.SHORT || j.kind() == Kind.DATE)
          && BylineParser.bareLatinName(j.text()).isPresent();
      if (latinName) {
        read.set(i, new Judged(j.line(), Kind.BYLINE, j.spam(), j.date())); // Jane Doe | March 3, 2024
        break;
      }
      if (j.kind() == Kind.DATE || j.kind() == Kind.CREDIT) {
        continue;
      }
      boolean afterDate = lines.get(i - 1).kind() == Kind.DATE;
      if (j.kind() == Kind.SHORT && BylineParser.bareName(j.text())
          .filter(n -> n.author().length() >= 3 || afterDate).isPresent()) {
        read.set(i, new Judged(j.line(), Kind.BYLINE, j.spam(), Optional.empty()));
      }
      break;
    }
    return read;
  }

  private static Judged judge(SourceLine line) {
    String text = line.text();
    Optional<SpamSignals.Verdict> spam = SpamSignals.judge(text);
    if (spam.isPresent()) {
      return new Judged(line, Kind.SPAM, spam, Optional.empty());
    }
    if (BylineParser.parse(text).isPresent()) {
      return new Judged(line, Kind.BYLINE, spam, DateLineParser.find(text).map(DateLineParser.Found::date));
    }
    Optional<LocalDate> date = DateLineParser.dateLine(text);
    if (date.isPresent()) {
      return new Judged(line, Kind.DATE, spam, date);
    }
    if (CreditLine.isCredit(text)) {
      return new Judged(line, Kind.CREDIT, spam, Optional.empty());
    }
    return new Judged(line, isProse(text) ? Kind.PROSE : Kind.SHORT, spam, Optional.empty());
  }

  /** Enough words, and a finished sentence: the line ends one, or holds two or more. */
  static boolean isProse(String text) {
    // A Chinese word averages about two characters, so an English word weighs two here: a 13-word English paragraph
    // is as much prose as a 26-character Chinese one.
    if (letters(text) + latinWords(text) < MIN_PROSE_LETTERS) {
      return false;
    }
    return ENDS_SENTENCE.matcher(text).find() || terminators(text) >= 2;
  }

  /** Han characters plus Latin words: a length that means the same in Chinese and English. */
  private static int letters(String text) {
    int n = (int) text.codePoints().filter(Scripts::isHan).count();
    Matcher m = LATIN_WORD.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static int latinWords(String text) {
    int n = 0;
    Matcher m = LATIN_WORD.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static int terminators(String text) {
    int n = 0;
    Matcher m = TERMINATOR.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * Indices (into {@code lines}) of prose lines, grouped where fewer than CLUSTER_GAP other lines separate them. Spam
   * lines do not count: a block of SEO lines injected between paragraphs must not cut the article in two.
   */
  private static List<List<Integer>> proseClusters(List<Judged> lines) {
    List<List<Integer>> clusters = new ArrayList<>();
    List<Integer> current = null;
    int gap = 0;
    for (int i = 0; i < lines.size(); i++) {
      Kind kind = lines.get(i).kind();
      if (kind == Kind.SPAM) {
        continue;
      }
      if (kind != Kind.PROSE) {
        gap++;
        continue;
      }
      if (current == null || gap >= CLUSTER_GAP) {
        current = new ArrayList<>();
        clusters.add(current);
      }
      current.add(i);
      gap = 0;
    }
    return clusters;
  }

  private static int proseLength(List<Judged> lines, List<Integer> cluster) {
    return cluster.stream().mapToInt(i -> lines.get(i).text().length()).sum();
  }

  /** The first prose line directly followed by another: where the run of paragraphs starts. */
  private static int solidStart(List<Integer> cluster) {
    for (int k = 0; k + 1 < cluster.size(); k++) {
      if (cluster.get(k + 1) == cluster.get(k) + 1) {
        return cluster.get(k);
      }
    }
    return cluster.get(0);
  }

  private static int firstProseAfter(int after, List<Integer> cluster) {
    return cluster.stream().filter(i -> i > after).findFirst().orElse(cluster.get(cluster.size() - 1));
  }

  /**
   * The title among the lines in [from, to) that can be one (not spam, a few words, at most one sentence): the first
   * that shares at least half as much of its vocabulary with the body as the best does, so a site name or a menu
   * before the title loses to it, and a subtitle after the title does not win.
   */
  private static int titleCandidate(List<Judged> lines, int from, int to, TopicOverlap body) {
    List<Integer> candidates = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (int i = Math.max(0, from); i < to; i++) {
      Judged j = lines.get(i);
      if ((j.kind() == Kind.SHORT || j.kind() == Kind.PROSE) && letters(j.text()) >= MIN_TITLE_LETTERS
          && j.text().length() <= MAX_TITLE_LENGTH && terminators(j.text()) <= 1) {
        candidates.add(i);
        shares.add(body.share(j.text()));
      }
    }
    double best = shares.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    for (int k = 0; k < candidates.size(); k++) {
      if (shares.get(k) >= TITLE_SHARE_OF_BEST * best) {
        return candidates.get(k);
      }
    }
    return -1;
  }

  private static ExtractionException notAnArticle(RawDocument raw, List<Judged> lines, Map<Integer, String> dropped,
      String why) {
    Map<String, Long> bySignal = dropped.values().stream()
        .collect(Collectors.groupingBy(r -> r.contains(":") ? r.substring(0, r.indexOf(':')) : r,
            LinkedHashMap::new, Collectors.counting()));
    String counts = bySignal.entrySet().stream().map(e -> e.getValue() + " as " + e.getKey())
        .collect(Collectors.joining(", "));
    return new ExtractionException(raw.source(), "not an article: " + why + "; " + lines.size() + " non-blank lines"
        + (counts.isEmpty() ? "" : ", " + dropped.size() + " dropped (" + counts + ")")
        + " (give the file of one article; a page must hold at least one paragraph of sentences)");
  }

  /** The document id for a source name: see {@link DocumentId}. */
  public static String documentId(String source, String sha256) {
    return DocumentId.of(source, sha256);
  }
}
