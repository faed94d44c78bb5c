import { Decimal, money, toCents, type Money } from '@kansrijk/kit';
import { allocationTotal, coveredLines, setTotal, termAmount } from './amounts';
import type { AllocationTerm, AvailableFunds, BudgetLine, BudgetSection, FundingAllocation, PrintedSubtotal, Realisation } from './entities';
import { spentTotal } from './spending';

export type FindingKind = 'SUBTOTAL_MISMATCH' | 'ALLOCATION_MISMATCH' | 'OVER_ALLOCATED' | 'OVERSPENT' | 'EXCEEDS_AVAILABLE_FUNDS';

export interface Finding {
  kind: FindingKind;
  section: string | null;
  message: string;
  stated: Money | null;
  computed: Money | null;
  difference: Money | null;
}

function finding(kind: FindingKind, section: string | null, message: string, stated: Decimal, computed: Decimal): Finding {
  return { kind, section, message, stated: money(stated), computed: money(computed), difference: money(computed.minus(stated)) };
}

/** Every printed subtotal of a section whose printed amount differs from the sum of its lines. */
export function subtotalFindings(
  section: Pick<BudgetSection, 'label'>,
  subtotals: readonly PrintedSubtotal[],
  lines: readonly BudgetLine[],
): Finding[] {
  return subtotals.flatMap((subtotal) => {
    const stated = new Decimal(subtotal.stated);
    const computed = setTotal(coveredLines(subtotal, lines));
    if (stated.equals(computed)) return [];
    const message =
      `Section ${section.label}: '${subtotal.label}' is printed as ${toCents(stated)}, ` +
      `but the lines it covers add up to ${toCents(computed)} (difference ${toCents(computed.minus(stated))}).`;
    return [finding('SUBTOTAL_MISMATCH', section.label, message, stated, computed)];
  });
}

/** Where an allocation's printed amounts differ from its formula, term by term and in total. */
export function allocationMismatches(allocation: FundingAllocation, terms: readonly AllocationTerm[]): Finding[] {
  const out: Finding[] = [];
  for (const term of terms) {
    if (term.statedAmount === null) continue;
    const stated = new Decimal(term.statedAmount);
    const computed = termAmount(term);
    if (stated.equals(computed)) continue;
    out.push(
      finding(
        'ALLOCATION_MISMATCH',
        null,
        `Allocation ${allocation.id}: '${term.label}' is printed as ${toCents(stated)}, but ` +
          `${new Decimal(term.quantity).toFixed()} × ${new Decimal(term.rate).toFixed()} = ${toCents(computed)} ` +
          `(difference ${toCents(computed.minus(stated))}).`,
        stated,
        computed,
      ),
    );
  }
  if (allocation.statedTotal !== null) {
    const stated = new Decimal(allocation.statedTotal);
    const computed = allocationTotal(terms);
    if (!stated.equals(computed)) {
      out.push(
        finding(
          'ALLOCATION_MISMATCH',
          null,
          `Allocation ${allocation.id}: the total is printed as ${toCents(stated)}, but its terms add up to ` +
            `${toCents(computed)} (difference ${toCents(computed.minus(stated))}).`,
          stated,
          computed,
        ),
      );
    }
  }
  return out;
}

/** A finding when the plans draw more (set amounts) from an allocation than its formula gives. */
export function overAllocation(
  allocation: FundingAllocation,
  terms: readonly AllocationTerm[],
  drawing: readonly BudgetLine[],
): Finding | null {
  const total = allocationTotal(terms);
  const planned = setTotal(drawing);
  if (planned.lessThanOrEqualTo(total)) return null;
  return finding(
    'OVER_ALLOCATED',
    null,
    `Allocation ${allocation.id} (${allocation.fundingStreamCode}) gives ${toCents(total)}, but the plans draw ` +
      `${toCents(planned)} from it (${toCents(planned.minus(total))} too much).`,
    total,
    planned,
  );
}

/**
 * OVERSPENT for every line of a section whose realisation exceeds its set amount; a pm / ntb line
 * budgets nothing yet, so any spending on it is reported. Stated is the budget, computed the spending.
 */
export function overspentFindings(
  section: Pick<BudgetSection, 'label'>,
  lines: readonly BudgetLine[],
  entries: readonly (readonly Realisation[])[],
): Finding[] {
  return lines.flatMap((line, i) => {
    const budgeted = new Decimal(line.status === 'SET' ? line.amount! : 0);
    const spent = spentTotal(entries[i]);
    if (spent.lessThanOrEqualTo(budgeted)) return [];
    const name = `line ${line.number ?? line.position} '${line.description}'`;
    const budget = line.status === 'SET' ? `budgets ${toCents(budgeted)}` : `has no set amount (${line.status})`;
    const message =
      `Section ${section.label}: ${name} ${budget}, but ${toCents(spent)} was spent ` +
      `(${toCents(spent.minus(budgeted))} over).`;
    return [finding('OVERSPENT', section.label, message, budgeted, spent)];
  });
}

/**
 * EXCEEDS_AVAILABLE_FUNDS for every stream whose lines in a section add up to more than the section
 * prints as available from it. Streams whose availability is pm / ntb are not known yet, so not checked.
 */
export function availableFundsFindings(
  section: Pick<BudgetSection, 'label'>,
  funds: readonly AvailableFunds[],
  lines: readonly BudgetLine[],
): Finding[] {
  const streams = [...new Set(funds.filter((f) => f.status === 'SET').map((f) => f.fundingStreamCode))];
  return streams.flatMap((code) => {
    if (funds.some((f) => f.fundingStreamCode === code && f.status !== 'SET')) return [];
    const available = setTotal(funds.filter((f) => f.fundingStreamCode === code));
    const planned = setTotal(lines.filter((line) => line.fundingStreamCode === code));
    if (planned.lessThanOrEqualTo(available)) return [];
    const message =
      `Section ${section.label}: the ${code} lines add up to ${toCents(planned)}, but ${toCents(available)} is ` +
      `printed as available (${toCents(planned.minus(available))} too much).`;
    return [finding('EXCEEDS_AVAILABLE_FUNDS', section.label, message, available, planned)];
  });
}
