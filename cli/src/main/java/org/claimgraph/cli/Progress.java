package org.claimgraph.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr: a live bar (me.tongfei:progressbar) on a terminal, one line per stage otherwise, so logs and CI
 * output stay readable; nothing with -q.
 */
interface Progress extends AutoCloseable {
  void stage(String document, String stage);

  void documentDone();

  @Override
  void close();

  static Progress create(PrintWriter err, int documents, boolean quiet) {
    if (quiet) {
      return new Progress() {
        public void stage(String document, String stage) {}

        public void documentDone() {}

        public void close() {}
      };
    }
    if (System.console() != null) {
      return new Bar(documents);
    }
    return new Lines(err, documents);
  }

  /** A live bar for terminals. */
  final class Bar implements Progress {
    private final ProgressBar bar;

    Bar(int documents) {
      bar = new ProgressBarBuilder().setTaskName("extract").setInitialMax(documents)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).continuousUpdate()
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    public void stage(String document, String stage) {
      bar.setExtraMessage(document + ": " + stage);
    }

    public void documentDone() {
      bar.step();
    }

    public void close() {
      bar.close();
    }
  }

  /** One line per stage change, for logs and pipes. */
  final class Lines implements Progress {
    private final PrintWriter err;
    private final int documents;
    private int done;

    Lines(PrintWriter err, int documents) {
      this.err = err;
      this.documents = documents;
    }

    public void stage(String document, String stage) {
      err.printf("claimgraph: [%d/%d] %s: %s%n", done + 1, documents, document, stage);
      err.flush();
    }

    public void documentDone() {
      done++;
    }

    public void close() {}
  }
}
