package org.claimgraph.server.guard;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL {@code REPLACE(text, pattern, replacement [, flags])} within a {@link RegexBudget}. */
final class GuardedReplace extends ExprFunctionN {

    private static final String NAME = "replace";

    GuardedReplace(ExprList args) {
        super(NAME, args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0)).getLiteralLexicalForm();
        String pattern = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(1)).getLiteralLexicalForm();
        String flags = args.size() > 3
                ? NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(3)).getLiteralLexicalForm() : "";
        Pattern compiled = RegexBudget.compile("REPLACE", pattern, flags);
        // Every match once within the budget (the costly part), then Jena's own REPLACE for its exact semantics.
        Matcher matches = compiled.matcher(RegexBudget.guard("REPLACE", text, env));
        while (matches.find()) {
            if (matches.end() == matches.start() && matches.end() >= text.length())
                break;
        }
        return XSDFuncOp.strReplace(args.get(0), compiled, args.get(2));
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new GuardedReplace(newArgs);
    }
}
