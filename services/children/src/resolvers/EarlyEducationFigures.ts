import { count, notFound, rate } from '@kansrijk/kit';
import type { Context } from '../context';
import { definitionInForce } from '../definition-in-force';
import type { FiguresRef } from './Municipality';

const counts = (figures: FiguresRef, ctx: Context) =>
  ctx.loaders.earlyEducationCounts.load({ code: figures.code, year: figures.year }).then((c) => c!);

/**
 * Figures are only meaningful with the definition they used; without one in force on the reference
 * date (an unknown municipality, or a year before its first version) the definition fields fail
 * with NOT_FOUND, while the counts (zero) still answer.
 */
async function definitionOf(figures: FiguresRef, ctx: Context) {
  const versions = await ctx.loaders.definitionsByMunicipality.load(figures.code);
  const inForce = definitionInForce(versions, figures.referenceDate);
  if (!inForce) throw notFound(`A target-group definition of ${figures.code} in force on ${figures.referenceDate}`);
  return inForce;
}

export const EarlyEducationFigures = {
  definition: (figures: FiguresRef, _: unknown, ctx: Context) => definitionOf(figures, ctx),
  definitionVersion: async (figures: FiguresRef, _: unknown, ctx: Context) => (await definitionOf(figures, ctx)).version,
  indicated: async (figures: FiguresRef, _: unknown, ctx: Context) => count((await counts(figures, ctx)).indicated),
  placed: async (figures: FiguresRef, _: unknown, ctx: Context) => count((await counts(figures, ctx)).placed),
  reachRate: async (figures: FiguresRef, _: unknown, ctx: Context) => {
    const { placed, indicated } = await counts(figures, ctx);
    return rate(placed, indicated);
  },
  synthetic: async (figures: FiguresRef, _: unknown, ctx: Context) => (await counts(figures, ctx)).synthetic,
};
