import { Decimal, sum } from '@kansrijk/kit';
import type { AllocationTerm, BudgetLine, PrintedSubtotal } from './entities';

type Amounted = Pick<BudgetLine, 'status' | 'amount'>;

/** The exact sum of the set amounts; pm, ntb and within-existing lines count as nothing. */
export function setTotal(lines: readonly Amounted[]): Decimal {
  return sum(lines.filter((line) => line.status === 'SET').map((line) => line.amount));
}

/** The lines a printed subtotal covers: its range of positions, and only its stream when it names one. */
export function coveredLines<L extends Pick<BudgetLine, 'position' | 'fundingStreamCode'>>(
  subtotal: Pick<PrintedSubtotal, 'fromPosition' | 'toPosition' | 'fundingStreamCode'>,
  lines: readonly L[],
): L[] {
  return lines.filter(
    (line) =>
      line.position >= subtotal.fromPosition &&
      line.position <= subtotal.toPosition &&
      (subtotal.fundingStreamCode === null || line.fundingStreamCode === subtotal.fundingStreamCode),
  );
}

/** Quantity × rate, rounded half-up to the cent per term, as allocation decisions round. */
export function termAmount(term: Pick<AllocationTerm, 'quantity' | 'rate'>): Decimal {
  return new Decimal(term.quantity).times(term.rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The sum of the rounded terms (not the rounded sum of the products). */
export function allocationTotal(terms: readonly Pick<AllocationTerm, 'quantity' | 'rate'>[]): Decimal {
  return sum(terms.map(termAmount));
}
