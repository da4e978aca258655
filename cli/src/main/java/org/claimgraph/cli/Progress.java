package org.claimgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr: a live bar (me.tongfei:progressbar, which already computes the rate and the time left) on a
 * terminal, plain lines otherwise, so logs and CI output stay readable; nothing with -q. Called from several worker
 * threads at once.
 */
interface Progress extends AutoCloseable {
  /** A document entered a stage. */
  void stage(String document, String stage);

  /** A document has been running for a long time (a sign of life for long documents). */
  void stillRunning(String document, String stage, Duration elapsed);

  /** A document is finished (extracted, or failed). */
  void documentDone(String document);

  @Override
  void close();

  static Progress create(PrintWriter err, int documents, boolean quiet) {
    if (quiet) {
      return new Progress() {
        public void stage(String document, String stage) {}

        public void stillRunning(String document, String stage, Duration elapsed) {}

        public void documentDone(String document) {}

        public void close() {}
      };
    }
    if (System.console() != null) {
      return new Bar(documents);
    }
    return new Lines(err, documents);
  }

  /** A live bar for terminals: documents done, documents/s and the time left. */
  final class Bar implements Progress {
    private final ProgressBar bar;

    Bar(int documents) {
      bar = new ProgressBarBuilder().setTaskName("extract").setInitialMax(documents)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).showSpeed().continuousUpdate()
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    public void stage(String document, String stage) {
      bar.setExtraMessage(document + ": " + stage);
    }

    public void stillRunning(String document, String stage, Duration elapsed) {
      bar.setExtraMessage(document + ": " + stage + " for " + elapsed.toSeconds() + " s");
    }

    public void documentDone(String document) {
      bar.step();
    }

    public void close() {
      bar.close();
    }
  }

  /** A line per stage change and per finished document, with the rate and the time left, for logs and pipes. */
  final class Lines implements Progress {
    private final PrintWriter err;
    private final int documents;
    private final long start = System.nanoTime();
    private int done;

    Lines(PrintWriter err, int documents) {
      this.err = err;
      this.documents = documents;
    }

    public synchronized void stage(String document, String stage) {
      if (!stage.equals("done")) {
        err.printf("claimgraph: [%d/%d] %s: %s%n", done + 1, documents, document, stage);
        err.flush();
      }
    }

    public synchronized void stillRunning(String document, String stage, Duration elapsed) {
      err.printf("claimgraph: [%d/%d] %s: still in %s after %d s%n", done + 1, documents, document, stage,
          elapsed.toSeconds());
      err.flush();
    }

    public synchronized void documentDone(String document) {
      done++;
      double seconds = (System.nanoTime() - start) / 1e9;
      double rate = done / Math.max(seconds, 1e-3);
      err.printf("claimgraph: [%d/%d] %s: done; %.2f documents/s, %s left%n", done, documents, document, rate,
          left((documents - done) / rate));
      err.flush();
    }

    public void close() {}

    private static String left(double seconds) {
      long s = Math.round(seconds);
      return s >= 3600 ? String.format("%d h %02d min", s / 3600, s % 3600 / 60)
          : s >= 60 ? String.format("%d min %02d s", s / 60, s % 60) : s + " s";
    }
  }
}
