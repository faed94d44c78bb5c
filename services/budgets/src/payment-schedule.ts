import { Decimal, sum } from '@kansrijk/kit';

/** One payment of an allocation (betaling / termijn) and the months of the period it pays for. */
export interface Instalment {
  number: number;
  /** `YYYY-MM`: sources give the month of a payment, not the day. */
  paymentMonth: string;
  coversFrom: string;
  coversTo: string;
  months: number;
  amount: Decimal;
  absorbsRounding: boolean;
}

interface Month {
  year: number;
  month: number;
}

const monthOf = (date: string): Month => ({ year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) });
const index = (m: Month) => m.year * 12 + (m.month - 1);
const fromIndex = (i: number): Month => ({ year: Math.floor(i / 12), month: (i % 12) + 1 });
const pad = (n: number) => String(n).padStart(2, '0');
const label = (m: Month) => `${m.year}-${pad(m.month)}`;
const firstDay = (m: Month) => `${label(m)}-01`;
// Day 0 of the next month is the last day of this one; UTC so no time zone shifts the date.
const lastDay = (m: Month) => `${label(m)}-${pad(new Date(Date.UTC(m.year, m.month, 0)).getUTCDate())}`;

/**
 * The monthly payment schedule of an allocation: the first payment covers every month from the start
 * of the period up to and including its own month (Voerendaal's NPO money: December 2021 pays for
 * August-December), then one payment a month until the period's last month. Each payment is its
 * months' share of the total (total × months ÷ months in the period), rounded half-up to the cent;
 * the LAST payment is the total minus all earlier ones, so it absorbs the rounding and the schedule
 * adds up exactly to the total.
 */
export function paymentSchedule(total: Decimal, periodStart: string, periodEnd: string, firstPaymentMonth: string | null): Instalment[] {
  if (firstPaymentMonth === null) return [];
  const start = index(monthOf(periodStart));
  const end = index(monthOf(periodEnd));
  const periodMonths = end - start + 1;
  const first = Math.min(Math.max(index(monthOf(firstPaymentMonth)), start), end);
  const spans: [number, number][] = [[start, first]];
  for (let i = first + 1; i <= end; i++) spans.push([i, i]);

  const out: Instalment[] = spans.map(([from, to], i) => {
    const months = to - from + 1;
    return {
      number: i + 1,
      paymentMonth: label(fromIndex(to)),
      coversFrom: from === start ? periodStart : firstDay(fromIndex(from)),
      coversTo: to === end ? periodEnd : lastDay(fromIndex(to)),
      months,
      amount: total.times(months).dividedBy(periodMonths).toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
      absorbsRounding: false,
    };
  });
  const last = out[out.length - 1];
  last.amount = total.minus(sum(out.slice(0, -1).map((instalment) => instalment.amount)));
  last.absorbsRounding = true;
  return out;
}
