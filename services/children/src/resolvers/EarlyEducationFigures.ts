import { notFound } from '@kansrijk/kit';
import type { Context } from '../context';
import { definitionInForce } from '../definition-in-force';
import type { FiguresRef } from './Municipality';

const figuresOf = (figures: FiguresRef, ctx: Context) =>
  ctx.loaders.earlyEducation.load({ code: figures.code, year: figures.year }).then((f) => f!);

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
  indicated: async (figures: FiguresRef, _: unknown, ctx: Context) => (await figuresOf(figures, ctx)).indicated,
  referred: async (figures: FiguresRef, _: unknown, ctx: Context) => (await figuresOf(figures, ctx)).referred,
  registered: async (figures: FiguresRef, _: unknown, ctx: Context) => (await figuresOf(figures, ctx)).registered,
  placed: async (figures: FiguresRef, _: unknown, ctx: Context) => (await figuresOf(figures, ctx)).placed,
  reachRate: async (figures: FiguresRef, _: unknown, ctx: Context) => (await figuresOf(figures, ctx)).reachRate,
  normReached: async (figures: FiguresRef, _: unknown, ctx: Context) => (await figuresOf(figures, ctx)).normReached,
  nonParticipation: async (figures: FiguresRef, _: unknown, ctx: Context) => (await figuresOf(figures, ctx)).nonParticipation,
  synthetic: async (figures: FiguresRef, _: unknown, ctx: Context) => (await figuresOf(figures, ctx)).synthetic,
};
