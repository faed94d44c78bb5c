import { badUserInput } from '@kansrijk/kit';
import type { Context } from '../context';
import { referenceDate } from '../early-education-counts';

export interface MunicipalityRef {
  code: string;
}

/** What `earlyEducation(year)` hands to the EarlyEducationFigures resolvers, which load lazily. */
export interface FiguresRef {
  code: string;
  year: number;
  referenceDate: string;
}

const FIRST_YEAR = 2000;

/** Figures exist from 2000 up to next year (a reference date may lie ahead, for planning). */
export function figuresYear(year: number): number {
  const lastYear = new Date().getUTCFullYear() + 1;
  if (year < FIRST_YEAR || year > lastYear) throw badUserInput('year', `must be between ${FIRST_YEAR} and ${lastYear}`);
  return year;
}

export const Municipality = {
  /** Partners owns municipalities; every field here loads through a batched loader, so a stub suffices. */
  __resolveReference(ref: MunicipalityRef): MunicipalityRef {
    return { code: ref.code };
  },
  earlyEducation(municipality: MunicipalityRef, { year }: { year: number }): FiguresRef {
    return { code: municipality.code, year: figuresYear(year), referenceDate: referenceDate(year) };
  },
  async earlyEducationByLocation(municipality: MunicipalityRef, { year }: { year: number }, ctx: Context) {
    return (await ctx.loaders.earlyEducation.load({ code: municipality.code, year: figuresYear(year) }))!.byLocation;
  },
  async earlyEducationByNeighbourhood(municipality: MunicipalityRef, { year }: { year: number }, ctx: Context) {
    return (await ctx.loaders.earlyEducation.load({ code: municipality.code, year: figuresYear(year) }))!.byNeighbourhood;
  },
  targetGroupDefinitions(municipality: MunicipalityRef, _: unknown, ctx: Context) {
    return ctx.loaders.definitionsByMunicipality.load(municipality.code);
  },
};
