import { Decimal, sum } from '@kansrijk/kit';
import { paymentSchedule } from '../payment-schedule';
import { ok, type Json, type Subgraph } from './harness';

export function paymentScheduleTests(sg: Subgraph) {
  describe('payment schedule (betalingen)', () => {
    it("Voerendaal's NPO money: December 2021 pays August-December, then monthly to July 2023, adding up to the total", async () => {
      const data = await ok(sg, `{ _entities(representations: [{ __typename: "Municipality", code: "GM0986" }]) { ... on Municipality {
        fundingAllocations { total { amount } paymentSchedule { number paymentMonth coversFrom coversTo months amount { amount currency } absorbsRounding } } } } }`);
      const [allocation] = data._entities[0].fundingAllocations;
      const schedule: Json[] = allocation.paymentSchedule;
      expect(schedule).toHaveLength(20);
      expect(schedule[0]).toEqual({
        number: 1, paymentMonth: '2021-12', coversFrom: '2021-08-01', coversTo: '2021-12-31', months: 5,
        amount: { amount: '23595.43', currency: 'EUR' }, absorbsRounding: false,
      });
      expect(schedule[1]).toMatchObject({ paymentMonth: '2022-01', coversFrom: '2022-01-01', coversTo: '2022-01-31', months: 1, amount: { amount: '4719.09' } });
      expect(schedule[2]).toMatchObject({ paymentMonth: '2022-02', coversTo: '2022-02-28' });
      expect(schedule[19]).toEqual({
        number: 20, paymentMonth: '2023-07', coversFrom: '2023-07-01', coversTo: '2023-07-31', months: 1,
        amount: { amount: '4718.99', currency: 'EUR' }, absorbsRounding: true,
      });
      expect(schedule.filter((i) => i.absorbsRounding)).toHaveLength(1);
      expect(schedule.map((i) => i.months).reduce((a, b) => a + b, 0)).toBe(24);
      expect(sum(schedule.map((i) => i.amount.amount)).toFixed(2)).toBe(allocation.total.amount);
      expect(allocation.total.amount).toBe('113258.04');
    });

    it('without a known first payment there is no schedule', () => {
      expect(paymentSchedule(new Decimal('100'), '2030-01-01', '2030-12-31', null)).toEqual([]);
    });

    it('the last instalment absorbs the rounding: 100.00 over three months is 33.33, 33.33, 33.34', () => {
      const schedule = paymentSchedule(new Decimal('100'), '2030-01-01', '2030-03-31', '2030-01-01');
      expect(schedule.map((i) => [i.paymentMonth, i.amount.toFixed(2), i.absorbsRounding])).toEqual([
        ['2030-01', '33.33', false], ['2030-02', '33.33', false], ['2030-03', '33.34', true],
      ]);
    });

    it('rounds half-up per instalment: 0.10 over four months pays 0.03, 0.03, 0.03 and 0.01', () => {
      const schedule = paymentSchedule(new Decimal('0.10'), '2030-01-01', '2030-04-30', '2030-01-01');
      expect(schedule.map((i) => i.amount.toFixed(2))).toEqual(['0.03', '0.03', '0.03', '0.01']);
    });

    it('sums exactly where floats do not: 24 monthly shares of 113258.04', () => {
      const floats = Array.from({ length: 24 }, () => 4719.085).reduce((a, b) => a + b, 0);
      expect(floats).not.toBe(113258.04); // what a float implementation would get
      const schedule = paymentSchedule(new Decimal('113258.04'), '2021-08-01', '2023-07-31', '2021-08-01');
      expect(schedule).toHaveLength(24);
      expect(sum(schedule.map((i) => i.amount)).toFixed(2)).toBe('113258.04');
    });
  });
}
