package org.claimgraph.server.guard;

import java.util.List;

import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL {@code REGEX(text, pattern [, flags])} within a {@link RegexBudget}. */
final class GuardedRegex extends ExprFunctionN {

    private static final String NAME = "regex";

    GuardedRegex(ExprList args) {
        super(NAME, args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        String pattern = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(1)).getLiteralLexicalForm();
        String flags = args.size() > 2
                ? NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(2)).getLiteralLexicalForm() : "";
        boolean found = RegexBudget.compile("REGEX", pattern, flags)
                .matcher(RegexBudget.guard("REGEX", text, env)).find();
        return NodeValue.booleanReturn(found);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new GuardedRegex(newArgs);
    }
}
