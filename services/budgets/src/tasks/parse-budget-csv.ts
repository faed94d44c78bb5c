import { parseAmount, readCsv, missingColumns, restoreNeutralised, type RowProblem } from '@kansrijk/kit';
import { GraphQLError } from 'graphql';
import type { BudgetLineStatus } from '../entities';
import type { FundsSeed, LineSeed, PlanSeed, SectionSeed, SubtotalSeed } from '../seed/plan-seed';
import { BUDGET_COLUMNS, KINDS, STATUSES, STATUS_ALIASES, type BudgetColumn, type Kind } from './budget-template';

/** A section being read, with the file line of its row (problems about it point there). */
interface SectionDraft extends SectionSeed {
  line: number;
  subtotalLines: number[];
}

/** What a file may refer to: funding stream codes, and policy goal ids with their municipality's code. */
export interface KnownReferences {
  streams: ReadonlySet<string>;
  policyGoals: ReadonlyMap<string, string>;
}

/**
 * Reads a begroting in the template into a plan, checking every row; the problems say line, column
 * and why. A plan comes back only when there is no problem at all (all-or-nothing).
 */
export function parseBudgetCsv(text: string, { streams, policyGoals }: KnownReferences): { plan: PlanSeed | null; problems: RowProblem[] } {
  const file = readCsv(text, ';');
  const problems: RowProblem[] = missingColumns(file, BUDGET_COLUMNS);
  if (problems.length) return { plan: null, problems };

  let plan: PlanSeed | null = null;
  const sections = new Map<string, SectionDraft>();

  for (const { line, values } of file.rows) {
    const problem = (column: BudgetColumn | null, message: string) => problems.push({ line, column, message });
    // The export wrote text that starts like a formula with a leading ' (kit writeCsv): read it back as it was.
    const get = (column: BudgetColumn) => restoreNeutralised(values[column] ?? '');
    const required = (column: BudgetColumn): string => {
      if (!get(column)) problem(column, 'is required');
      return get(column);
    };
    const amount = (column: BudgetColumn, { optional = false } = {}): string | undefined => {
      if (!get(column)) {
        if (!optional) problem(column, 'is required');
        return undefined;
      }
      try {
        return parseAmount(column, get(column)).toFixed(2);
      } catch (error) {
        problem(column, error instanceof GraphQLError ? error.message.replace(`${column}: `, '') : String(error));
        return undefined;
      }
    };
    const stream = (column: BudgetColumn, { optional = true } = {}): string | undefined => {
      const code = optional ? get(column) : required(column);
      if (code && !streams.has(code)) problem(column, `unknown funding stream "${code}"`);
      return code || undefined;
    };
    /** Status and amount together: SET needs an amount, PM / TBD / WITHIN_EXISTING have none. */
    const statusAndAmount = (): { status: BudgetLineStatus; amount?: string } => {
      const raw = get('status');
      const status = raw === '' ? (get('amount') ? 'SET' : null) : STATUSES.find((s) => s === raw.toUpperCase()) ?? STATUS_ALIASES[raw.toLowerCase()];
      if (!status) {
        problem('status', raw === '' ? 'is required when there is no amount' : `must be one of ${STATUSES.join(', ')} (or pm, ntb)`);
        return { status: 'SET' };
      }
      if (status !== 'SET') {
        if (get('amount')) problem('amount', `must be empty when status is ${status}`);
        return { status };
      }
      return { status, amount: amount('amount') };
    };
    const section = (): SectionDraft | undefined => {
      const label = required('section');
      const found = sections.get(label);
      if (label && !found) problem('section', `section "${label}" has no section row above this one`);
      return found;
    };

    const kind = get('kind').toLowerCase() as Kind;
    if (!KINDS.includes(kind)) {
      problem('kind', `must be one of ${KINDS.join(', ')}`);
      continue;
    }
    if (kind !== 'plan' && plan === null) {
      problem('kind', 'the first row must be the plan row');
      continue;
    }
    if (kind === 'plan') {
      if (plan !== null) {
        problem('kind', 'a file holds one plan; this is a second plan row');
        continue;
      }
      const id = required('plan');
      if (id && !/^[a-z0-9][a-z0-9-]*$/.test(id)) problem('plan', 'must be lower-case letters, digits and hyphens, e.g. maassluis-2023');
      const municipality = required('municipality');
      if (municipality && !/^GM\d{4}$/.test(municipality)) problem('municipality', 'must be a CBS code: GM followed by four digits');
      const year = yearOf(get('year'));
      if (year === null) problem('year', 'must be a year between 1990 and 2100');
      const endYear = get('end_year') ? yearOf(get('end_year')) : year;
      if (endYear === null) problem('end_year', 'must be a year between 1990 and 2100');
      else if (year !== null && endYear < year) problem('end_year', `must not be before year ${year}`);
      plan = {
        id,
        municipalityCode: municipality,
        year: year ?? 0,
        endYear: endYear ?? 0,
        title: required('description'),
        source: get('note'),
        sections: [],
      };
    } else if (kind === 'section') {
      const label = required('section');
      if (sections.has(label)) problem('section', `section "${label}" appears twice`);
      const draft: SectionDraft = { line, label, title: required('description'), note: get('note') || undefined, funds: [], lines: [], subtotals: [], subtotalLines: [] };
      if (label && !sections.has(label)) {
        sections.set(label, draft);
        plan!.sections.push(draft);
      }
    } else if (kind === 'funds') {
      const target = section();
      const funds: FundsSeed = { stream: stream('funding_stream', { optional: false }) ?? '', ...statusAndAmount(), note: get('note') || undefined };
      target?.funds.push(funds);
    } else if (kind === 'line') {
      const target = section();
      const statutory = get('statutory').toLowerCase();
      if (!['', 'yes', 'no', 'ja', 'nee'].includes(statutory)) problem('statutory', 'must be yes or no');
      const goal = get('policy_goal');
      const goalOf = goal ? policyGoals.get(goal) : undefined;
      if (goal && goalOf === undefined) problem('policy_goal', `unknown policy goal "${goal}"`);
      else if (goal && goalOf !== plan!.municipalityCode) {
        problem('policy_goal', `policy goal "${goal}" is a goal of ${goalOf}, not of the plan's municipality ${plan!.municipalityCode}`);
      }
      const seed: LineSeed = {
        number: get('number') || null,
        description: required('description'),
        ...statusAndAmount(),
        statutory: statutory === 'yes' || statutory === 'ja',
        stream: stream('funding_stream') ?? null,
        note: get('note') || undefined,
        recipient: get('recipient') || undefined,
        intervention: get('intervention') || undefined,
        activity: get('activity') || undefined,
        policyGoal: goal || undefined,
      };
      target?.lines.push(seed);
    } else {
      const target = section();
      const range = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(get('covers'));
      if (!range) problem('covers', 'must be the positions of the lines it covers in its section, e.g. 1-15 or 3');
      const subtotal: SubtotalSeed = {
        label: required('description'),
        stated: amount('amount') ?? '0',
        from: range ? Number(range[1]) : 1,
        to: range ? Number(range[2] ?? range[1]) : 1,
        stream: stream('funding_stream'),
        sectionTotal: kind === 'total',
      };
      if (target && kind === 'total' && target.subtotals.some((s) => s.sectionTotal)) problem('kind', `section "${target.label}" already has a total`);
      target?.subtotals.push(subtotal);
      target?.subtotalLines.push(line);
    }
  }

  // Ranges can only be checked once every line of the section is read.
  for (const draft of sections.values()) {
    draft.subtotals.forEach((s, i) => {
      if (s.from < 1 || s.to < s.from || s.to > draft.lines.length) {
        problems.push({
          line: draft.subtotalLines[i],
          column: 'covers',
          message: `must lie within the ${draft.lines.length} line(s) of section "${draft.label}", first before last`,
        });
      }
    });
  }
  if (plan === null && problems.length === 0) problems.push({ line: 1, column: 'kind', message: 'the file has no plan row' });
  if (problems.length) return { plan: null, problems: problems.sort((a, b) => a.line - b.line) };
  const done: PlanSeed = plan!;
  done.sections = done.sections.map((s) => {
    const { line: _line, subtotalLines: _subtotalLines, ...seed } = s as SectionDraft;
    return seed;
  });
  return { plan: done, problems: [] };
}

function yearOf(text: string): number | null {
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 1990 && year <= 2100 ? year : null;
}
