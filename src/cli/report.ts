/**
 * Problems the commands report (validation errors, import warnings) and how they are printed:
 * one grep-friendly line each, then the fix on its own indented line.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  readonly severity: Severity;
  /** The file (or "-" for stdin) the problem is in. */
  readonly source: string;
  /** JSONPath in a JSON file, or "row 7, column F (channels)" in a spreadsheet. */
  readonly where: string;
  readonly itemId?: string;
  readonly message: string;
  readonly fix?: string;
}

const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

export function formatProblem(problem: Problem): string {
  const id = problem.itemId === undefined ? '' : ` (id "${problem.itemId}")`;
  const where = problem.where ? ` ${problem.where}${id}:` : id ? `${id}:` : '';
  const head = `${problem.source}: ${problem.severity}:${where} ${sentence(problem.message)}`;
  return problem.fix ? `${head}\n  Fix: ${sentence(problem.fix)}` : head;
}

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
