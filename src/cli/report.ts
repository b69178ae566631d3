/**
 * Problems the commands report (validation errors, import warnings) and how they are printed:
 * one grep-friendly line each, then the fix on its own indented line.
 */

import { COLLECTIONS } from '../feed/schema.js';
import type { Feed } from '../feed/types.js';

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
  /** True when a value or record of the input is not in the output (not merely guessed or changed). */
  readonly leftOut?: boolean;
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

const ITEM_WORDS = { organizations: 'organization', services: 'service', projects: 'project', contacts: 'contact', events: 'event' } as const;

/** "3 services, 1 organization" */
export function describeCounts(feed: Feed): string {
  const parts = COLLECTIONS.filter((c) => feed[c]?.length).map((c) => plural(feed[c]!.length, ITEM_WORDS[c]));
  return parts.length ? parts.join(', ') : 'no items';
}

export function printProblems(problems: readonly Problem[], print: (text: string) => void, quiet = false): void {
  for (const problem of problems) if (!quiet || problem.severity === 'error') print(`${formatProblem(problem)}\n`);
}

/** The problems as one JSON document, for `--report json` and `validate --json`. */
export function problemsJson(problems: readonly Problem[], extra: Record<string, unknown> = {}): string {
  const { errors, warnings } = countBySeverity(problems);
  return `${JSON.stringify({ ...extra, errors, warnings, problems }, null, 2)}\n`;
}
