package org.claimgraph.server.guard;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * Limits on what one SPARQL query may cost in this JVM, for a server open to anyone:
 * <ul>
 *   <li>{@code REGEX} and {@code REPLACE} run within a {@link RegexBudget} (pattern length, time per match, and
 *       the query's own cancellation), since Jena cannot stop a regular expression in the middle of a match;</li>
 *   <li>a default query timeout for queries that set none (SHACL's {@code sh:sparql} constraints, say);</li>
 *   <li>sorting and grouping spill to disk past {@value #SPILL_TO_DISK_ROWS} rows rather than fill the heap;</li>
 *   <li>{@code SERVICE} (federated query) is off unless allowed: it would make the server fetch any URL.</li>
 * </ul>
 * The settings are JVM-wide (Jena's optimizer factory and global context), so they are installed by the server
 * process only.
 */
public final class QueryGuards {

    /** Timeout of a query that has none of its own, in milliseconds. */
    public static final long DEFAULT_QUERY_TIMEOUT_MS = 30_000;
    public static final long SPILL_TO_DISK_ROWS = 100_000;

    private static boolean installed;

    private QueryGuards() {}

    /** Installs the guards (idempotent); {@code allowService} decides whether SPARQL {@code SERVICE} works. */
    public static synchronized void install(boolean allowService) {
        Context global = ARQ.getContext();
        global.set(ARQ.httpServiceAllowed, allowService);
        if (installed)
            return;
        installed = true;
        RewriteFactory standard = Optimize.getFactory() != null ? Optimize.getFactory()
                : Optimize.stdOptimizationFactory;
        // Rewrite first, so that constant folding inside the standard optimizer already uses the guarded forms.
        Optimize.setFactory(context -> {
            Rewrite optimizer = standard.create(context);
            return op -> optimizer.rewrite(guard(op));
        });
        if (!global.isDefined(ARQ.queryTimeout))
            global.set(ARQ.queryTimeout, Long.toString(DEFAULT_QUERY_TIMEOUT_MS));
        if (!global.isDefined(ARQ.spillToDiskThreshold))
            global.set(ARQ.spillToDiskThreshold, SPILL_TO_DISK_ROWS);
    }

    /** {@code op} with every REGEX and REPLACE replaced by its guarded form. */
    public static Op guard(Op op) {
        return Transformer.transform(new TransformCopy(), new GuardRegularExpressions(), op);
    }

    private static final class GuardRegularExpressions extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN function, ExprList args) {
            if (function instanceof E_Regex)
                return new GuardedRegex(args);
            if (function instanceof E_StrReplace)
                return new GuardedReplace(args);
            return super.transform(function, args);
        }
    }
}
