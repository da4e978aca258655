package org.claimgraph.server.guard;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * What one evaluation of a SPARQL regular expression ({@code REGEX}, {@code REPLACE}) may cost. Jena's query
 * timeout is cooperative: it is checked between rows, never inside one {@code java.util.regex} match, and a
 * backtracking pattern ({@code (.*a){8}z}) runs for hours on 60 characters. So the text is read through a
 * {@link CharSequence} that checks the clock and the query's cancel flag as the matcher reads it.
 */
final class RegexBudget {

    /** Longest pattern accepted; real patterns are short, and a long one is a cost risk of its own. */
    static final int MAX_PATTERN_LENGTH = 1_000;
    /** Wall-clock budget of one match, whether or not the query has a timeout (constant folding has none). */
    static final Duration MAX_MATCH_TIME = Duration.ofSeconds(2);
    /** How many characters the matcher reads between two checks of the clock. */
    private static final int CHECK_EVERY = 4_096;

    private RegexBudget() {}

    /** Compiles a pattern with XPath flags (s, m, i, x, q), refusing patterns over the length limit. */
    static Pattern compile(String function, String pattern, String flags) {
        if (pattern.length() > MAX_PATTERN_LENGTH)
            throw new RegexTooCostlyException(function + ": a pattern of " + pattern.length()
                    + " characters; the limit is " + MAX_PATTERN_LENGTH);
        int javaFlags = 0;
        for (char flag : flags.toCharArray()) {
            switch (flag) {
                case 's' -> javaFlags |= Pattern.DOTALL;
                case 'm' -> javaFlags |= Pattern.MULTILINE;
                case 'i' -> javaFlags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'x' -> javaFlags |= Pattern.COMMENTS;
                case 'q' -> javaFlags |= Pattern.LITERAL;
                default -> throw new ExprEvalException(function + ": unsupported flag '" + flag + "' in \"" + flags
                        + "\" (use s, m, i, x or q)");
            }
        }
        try {
            return Pattern.compile(pattern, javaFlags);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException(function + ": bad pattern: " + e.getDescription());
        }
    }

    /** {@code text} as the matcher should see it: checked against the budget and the query's cancel flag. */
    static CharSequence guard(String function, String text, FunctionEnv env) {
        AtomicBoolean cancelled = env instanceof ExecutionContext execution ? execution.getCancelSignal() : null;
        return new Guarded(text, 0, text.length(), new Clock(function, System.nanoTime()
                + MAX_MATCH_TIME.toNanos(), cancelled));
    }

    /** The shared state of one match: when it must end, and how far it has read since the last check. */
    private static final class Clock {
        private final String function;
        private final long deadline;
        private final AtomicBoolean cancelled;
        private int reads;

        Clock(String function, long deadline, AtomicBoolean cancelled) {
            this.function = function;
            this.deadline = deadline;
            this.cancelled = cancelled;
        }

        void tick() {
            if (++reads < CHECK_EVERY)
                return;
            reads = 0;
            if (cancelled != null && cancelled.get())
                throw new QueryCancelledException();
            if (System.nanoTime() > deadline)
                throw new RegexTooCostlyException(function + ": one match ran longer than "
                        + MAX_MATCH_TIME.toSeconds() + " s (a pattern that backtracks, like (.*a){8}z?)");
        }
    }

    private record Guarded(String text, int start, int end, Clock clock) implements CharSequence {
        @Override
        public int length() {
            return end - start;
        }

        @Override
        public char charAt(int index) {
            clock.tick();
            return text.charAt(start + index);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new Guarded(text, start + from, start + to, clock);
        }

        @Override
        public String toString() {
            return text.substring(start, end);
        }
    }
}
