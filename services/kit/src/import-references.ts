import type { RowProblem } from './csv';
import type { Reference, ReferenceChecker } from './references';

/** A key a file's row names and another subgraph owns, with where it stands in the file. */
export interface RowReference {
  line: number;
  column: string;
  reference: Reference;
}

/**
 * The imports' counterpart of `ctx.references.assertExist`: asks the owners about every key the file
 * names, in one request per owner and before the import's transaction opens, and reports each unknown
 * key as a problem with its line and column. Without a checker, or when an owner cannot answer, it
 * throws (the task prints the message and exits 2): an import never writes keys nobody checked.
 */
export async function importReferenceProblems(kind: string, rows: readonly RowReference[], references: ReferenceChecker | undefined): Promise<RowProblem[]> {
  if (!rows.length) return [];
  const owners = [...new Set(rows.map((r) => r.reference.owner))].join(', ');
  if (!references) {
    throw new Error(`import ${kind}: the ${owners} subgraph(s) cannot be asked whether the keys in the file exist (no SUBGRAPH_SECRET); nothing was written`);
  }
  let unknown: Reference[];
  try {
    unknown = await references.missing(rows.map((r) => r.reference));
  } catch {
    throw new Error(`import ${kind}: the ${owners} subgraph(s) could not be reached to check the keys in the file; nothing was written. Start the stack (npm start) or set ${owners.toUpperCase().replace(/, /g, '_URL, ')}_URL, and try again.`);
  }
  const missing = new Set(unknown);
  return rows
    .filter((r) => missing.has(r.reference))
    .map((r) => ({ line: r.line, column: r.column, message: `${r.reference.value} is not a known ${r.reference.typename.toLowerCase()}` }));
}
