// Evaluates `${{ }}` expressions with GitHub's own evaluator (@actions/expressions): its lexer,
// parser, operators (case-insensitive ==, `||` returning a value, '' and 0 falsy) and functions
// (contains, format, fromJSON, …). The status functions are the runner's, so they come from here.
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { falsy } from '@actions/expressions/result';
import { isBasicExpression, isLiteral } from '@actions/workflow-parser/templates/tokens/type-guards';
import type { ScalarToken } from '@actions/workflow-parser/templates/tokens/index';

/** What a composite action's expressions see: the contexts by name, and the action's status so far. */
export interface ExpressionScope {
  contexts: Record<string, unknown>;
  /** A step of this action failed (and did not continue on error). */
  failed: boolean;
}

function statusFunctions(scope: ExpressionScope): FunctionDefinition[] {
  const status = (name: string, value: () => boolean): FunctionDefinition => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(value()),
  });
  // This stand-in is never cancelled, so cancelled() is false and success() only asks about failures.
  return [
    status('success', () => !scope.failed),
    status('failure', () => scope.failed),
    status('always', () => true),
    status('cancelled', () => false),
  ];
}

export function evaluate(expression: string, scope: ExpressionScope): data.ExpressionData {
  const functions = statusFunctions(scope);
  try {
    const tokens = new Lexer(expression).lex().tokens;
    const tree = new Parser(tokens, Object.keys(scope.contexts), functions).parse();
    const contexts = JSON.parse(JSON.stringify(scope.contexts), data.reviver) as data.Dictionary;
    return new Evaluator(tree, contexts, new Map(functions.map((f) => [f.name, f]))).evaluate();
  } catch (error) {
    // hashFiles() and other runner-side functions are not here: say which expression needs one.
    throw new Error(`cannot evaluate \${{ ${expression} }}: ${(error as Error).message}`);
  }
}

/** An `if` as the runner decides it: the expression's value, truthy or not. */
export function isTrue(expression: string, scope: ExpressionScope): boolean {
  return !falsy(evaluate(expression, scope));
}

/** A scalar value from the manifest (env, run, an output's value), expressions evaluated to text. */
export function evaluateScalar(token: ScalarToken, scope: ExpressionScope): string {
  if (isBasicExpression(token)) return evaluate(token.expression, scope).coerceString();
  if (isLiteral(token)) return token.toString();
  throw new Error(`unsupported value ${token.toDisplayString()}`);
}
