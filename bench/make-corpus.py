#!/usr/bin/env python3
"""Makes a bench corpus of N Chinese articles by recombining the paragraphs of the development articles.

    bench/make-corpus.py N OUT_DIR [PARAGRAPHS_PER_DOCUMENT]

Document i takes the title of one development article and PARAGRAPHS_PER_DOCUMENT (default 4) of the body
paragraphs of the development corpus, chosen with a fixed seed, so the corpus is the same on every machine. No text is
invented: every line comes from a development article (never from the test part).
"""
import pathlib
import random
import sys

here = pathlib.Path(__file__).resolve().parent
dev = here.parent / "extractor" / "src" / "test" / "resources" / "articles" / "dev"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    count, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    per_document = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    articles = []
    for path in sorted(dev.glob("*.zh.txt")):
        lines = [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        # Body paragraphs: long enough to be prose, not a byline or a date line.
        articles.append((lines[0], [l for l in lines[1:] if len(l) >= 40]))
    paragraphs = [p for _, body in articles for p in body]
    rng = random.Random(20261202)
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        title, _ = articles[i % len(articles)]
        chosen = rng.sample(paragraphs, min(per_document, len(paragraphs)))
        (out / f"bench-{i + 1:04d}.zh.txt").write_text("\n".join([title] + chosen) + "\n", encoding="utf-8")
    print(f"{count} documents of {per_document} paragraphs in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
