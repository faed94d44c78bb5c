import { badUserInput } from '@kansrijk/kit';
import { referenceDate } from '../figures/compute';
import type { MunicipalityResolvers } from '../generated/graphql';
import type { EarlyEducationFiguresMapper } from '../mappers';

const FIRST_YEAR = 2000;
/** A series longer than this is a scan, not a question. */
const LONGEST_SERIES = 30;

/** Figures exist from 2000 up to next year (a reference date may lie ahead, for planning). */
export function figuresYear(year: number, field = 'year'): number {
  const lastYear = new Date().getUTCFullYear() + 1;
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > lastYear) throw badUserInput(field, `must be between ${FIRST_YEAR} and ${lastYear}`);
  return year;
}

export const figuresRef = (code: string, year: number): EarlyEducationFiguresMapper => ({ code, year, referenceDate: referenceDate(year) });

export const Municipality: MunicipalityResolvers = {
  /** Partners owns municipalities; every field here loads through a batched loader, so a stub suffices. */
  __resolveReference(ref) {
    return { code: ref.code };
  },
  earlyEducation(municipality, { year }) {
    return figuresRef(municipality.code, figuresYear(year));
  },
  earlyEducationSeries(municipality, args) {
    const from = figuresYear(args.from, 'from');
    const to = figuresYear(args.to, 'to');
    if (to < from) throw badUserInput('to', 'lies before from');
    if (to - from >= LONGEST_SERIES) throw badUserInput('to', `at most ${LONGEST_SERIES} years after from`);
    return Array.from({ length: to - from + 1 }, (_, i) => figuresRef(municipality.code, from + i));
  },
  async earlyEducationByLocation(municipality, { year }, ctx) {
    const row = await ctx.loaders.figures.breakdowns.load({ code: municipality.code, year: figuresYear(year) });
    return (row?.byLocation ?? []).map((cell) => ({ ...cell, code: municipality.code, year }));
  },
  async earlyEducationByNeighbourhood(municipality, { year }, ctx) {
    return (await ctx.loaders.figures.breakdowns.load({ code: municipality.code, year: figuresYear(year) }))?.byNeighbourhood ?? [];
  },
  targetGroupDefinitions(municipality, _, ctx) {
    return ctx.loaders.definitionsByMunicipality.load(municipality.code);
  },
};
