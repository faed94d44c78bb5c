import { DEMO_MUNICIPALITIES, childrenRoles } from '@kansrijk/demo';
import { demoDefinitions } from '../seed/definitions';
import { generateDemoChildren } from '../seed/generate';

describe('the synthetic funnel, attendance and neighbourhoods', () => {
  const generated = generateDemoChildren(demoDefinitions());
  const placementOf = new Map(generated.placements.map((p) => [p.indicationId, p]));

  it('gives every child a synthetic wijk code of its own municipality', () => {
    expect(generated.children.every((c) => c.neighbourhoodCode !== null && new RegExp(`^WK${c.municipalityCode.slice(2)}\\d{2}$`).test(c.neighbourhoodCode))).toBe(true);
    for (const { code } of DEMO_MUNICIPALITIES) {
      expect(new Set(generated.children.filter((c) => c.municipalityCode === code).map((c) => c.neighbourhoodCode)).size).toBeGreaterThanOrEqual(2);
    }
  });

  it('orders the funnel: issued <= referred <= registered <= placement start; placed children have no reason', () => {
    const bad = generated.indications.filter((i) => {
      const p = placementOf.get(i.id);
      if (i.referredOn !== null && i.referredOn < i.issuedOn) return true;
      if (i.registeredOn !== null && (i.referredOn === null || i.registeredOn < i.referredOn)) return true;
      if (p) return !i.registeredOn || i.registeredOn > p.startDate || i.nonParticipationReason !== null;
      return false;
    });
    expect(bad).toEqual([]);
    const unplaced = generated.indications.filter((i) => !placementOf.has(i.id));
    const withReason = unplaced.filter((i) => i.nonParticipationReason !== null).length / unplaced.length;
    expect(withReason).toBeGreaterThan(0.8);
    expect(withReason).toBeLessThan(1);
    expect(new Set(unplaced.map((i) => i.nonParticipationReason))).toEqual(
      new Set(['PARENTS_DECLINED', 'NO_PLACE', 'MOVED', 'NOT_REACHABLE', 'OTHER_PROVISION', 'OTHER', null]),
    );
  });

  it('names in every referral a VE location of the municipality: for a placed child, the location that placed it', () => {
    const municipalityOf = new Map(generated.children.map((c) => [c.id, c.municipalityCode]));
    const bad = generated.indications.filter((i) => {
      const p = placementOf.get(i.id);
      if (i.referredOn === null) return i.referredToId !== null;
      if (p) return i.referredToId !== p.locationId;
      return !childrenRoles(municipalityOf.get(i.childId)!).veLocations.includes(i.referredToId!);
    });
    expect(bad).toEqual([]);
  });

  it('records attendance within each placement, never more than 6 hours a day nor more than the weekly hours allow', () => {
    const byId = new Map(generated.placements.map((p) => [p.id, p]));
    const bad = generated.attendance.filter((a) => {
      const p = byId.get(a.placementId)!;
      const hours = Number(a.hours);
      return (
        !a.month.endsWith('-01') || a.month < `${p.startDate.slice(0, 7)}-01` || a.month > p.endDate! ||
        hours > 6 * a.days || hours > Number(p.hoursPerWeek) * 4.5
      );
    });
    expect(bad).toEqual([]);
    expect(generated.attendance.length).toBeGreaterThan(generated.placements.length * 10);
  });

  it('hands over most children who stay until they turn 4, shortly before', () => {
    const validUntil = new Map(generated.indications.map((i) => [i.id, i.validUntil]));
    const stayed = generated.placements.filter((p) => p.endDate === validUntil.get(p.indicationId!));
    const handedOver = stayed.filter((p) => p.handoverOn !== null);
    expect(handedOver.length / stayed.length).toBeGreaterThan(0.8);
    expect(handedOver.every((p) => p.handoverOn! <= p.endDate! && p.handoverOn! >= p.startDate)).toBe(true);
  });
});
