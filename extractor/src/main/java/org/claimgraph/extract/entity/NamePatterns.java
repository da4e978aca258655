package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.EntityType;
import org.claimgraph.extract.Span;

/**
 * Names recognised by their shape, so that a model nobody put in a lexicon is still found: {@code GPT-4},
 * {@code LLaMa-2}, {@code Gen-2}, {@code Claude 3}, {@code BloombergGPT}, {@code GPT-Vision}; and quoted or suffixed
 * event names ({@code “AI届的伍德斯托克”的活动}, {@code Runway Studios AI电影节}); and venues ({@code 在…探索馆举行}).
 */
public final class NamePatterns {
  /** A found name. */
  public record Found(Span span, String text, EntityType type, String pattern) {}

  private record Shape(String name, Pattern pattern, EntityType type) {}

  private static final String HAN = "\\p{IsHan}";
  private static final List<Shape> SHAPES = List.of(
      // Family name, hyphen, version: GPT-4, GPT-3.5, LLaMa-2, Gen-2. Letters only before the digit; an all-capital
      // family has at most four letters (GPT, BERT), since longer ones are acronyms of other things (COVID-19).
      new Shape("model-version",
          Pattern.compile("(?<![A-Za-z0-9-])(?:[A-Z]{2,4}|[A-Z][A-Za-z]{0,15}[a-z][A-Za-z]{0,15})-\\d{1,2}(?:\\.\\d)?"
              + "(?:[A-Za-z]{1,5}\\b)?(?![\\d.-])"),
          EntityType.AI_MODEL),
      // ...GPT as a suffix or with a named variant: ChatGPT, BloombergGPT, GPT-Vision, GPT-4V.
      new Shape("gpt-family",
          Pattern.compile("(?<![A-Za-z0-9])(?:[A-Z][A-Za-z]*GPT|GPT-[A-Z][a-z]+)(?![A-Za-z0-9])"),
          EntityType.AI_MODEL),
      // A quoted name that the next words call an event: “X”的活动, “X”聚会.
      new Shape("quoted-event",
          Pattern.compile("(?<=[“\"])([^“”\"]{2,20})(?=[”\"](?:的)?(?:活动|聚会|大会|峰会|盛会))"),
          EntityType.EVENT),
      // A capitalised Latin name followed by an event noun: Runway Studios AI电影节.
      new Shape("named-festival",
          Pattern.compile("(?<![A-Za-z])[A-Z][A-Za-z]+(?: ?[A-Z][A-Za-z]*)*(?:电影节|音乐节|大会|峰会|博览会|讲座)"),
          EntityType.EVENT),
      // A Chinese-named event ending in an event noun, after 的/在/于/、 or a quote, perhaps with its year:
      // 伍德斯托克摇滚音乐节, 2023年皇家研究院圣诞讲座. Not "这次讲座": a demonstrative starts no name.
      new Shape("han-festival",
          Pattern.compile("(?<=[“\"在于的、])(?:\\d{4}年)?(?!本|这|该|此|那|各|每|某|一|上|下|今|其)" + HAN
              + "{2,10}?(?:音乐节|电影节|博览会|讲座)"),
          EntityType.EVENT),
      // The venue of 在…举行/举办/召开 ("held at"): 在旧金山的探索馆举行 → 探索馆.
      new Shape("held-at-venue",
          Pattern.compile("在(?:" + HAN + "{2,6}的)?(?<name>(?!本|这|该|此|那|线上|网上|会上)" + HAN
              + "{2,8}?)(?:举行|举办|召开)"),
          EntityType.PLACE));

  public List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    for (Shape shape : SHAPES) {
      Matcher m = shape.pattern().matcher(text);
      boolean named = shape.pattern().pattern().contains("(?<name>");
      while (m.find()) {
        // A shape with a "name" group finds its name inside a longer context.
        int start = named ? m.start("name") : m.start();
        int end = named ? m.end("name") : m.end();
        found.add(new Found(new Span(start, end), text.substring(start, end), shape.type(), shape.name()));
      }
    }
    return found;
  }
}
