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

export const Municipality = {
  /** Partners owns municipalities; every field here loads through a batched loader, so a stub suffices. */
  __resolveReference(ref: MunicipalityRef): MunicipalityRef {
    return { code: ref.code };
  },
  earlyEducation(municipality: MunicipalityRef, { year }: { year: number }): FiguresRef {
    const lastYear = new Date().getUTCFullYear() + 1;
    if (year < FIRST_YEAR || year > lastYear) throw badUserInput('year', `must be between ${FIRST_YEAR} and ${lastYear}`);
    return { code: municipality.code, year, referenceDate: referenceDate(year) };
  },
  targetGroupDefinitions(municipality: MunicipalityRef, _: unknown, ctx: Context) {
    return ctx.loaders.definitionsByMunicipality.load(municipality.code);
  },
};
