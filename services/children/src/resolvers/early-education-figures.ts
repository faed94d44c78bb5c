import type { Count } from '@kansrijk/domain';
import type { Context } from '../subgraph';
import { definitionInForce } from '../definition-in-force';
import { lastPublishableYear } from '../figures/refresh';
import { NO_FIGURE, type PublicationRow } from '../figures/read';
import { rateOf, type PublishedFigures } from '../figures/publish';
import type { EarlyEducationFiguresMapper as FiguresRef } from '../mappers';
import type { EarlyEducationFiguresResolvers, FiguresStatus } from '../generated/graphql';

const rowOf = (figures: FiguresRef, ctx: Context) => ctx.loaders.figures.publication.load({ code: figures.code, year: figures.year }).then((r) => r!);

function statusOf(figures: FiguresRef, row: PublicationRow): FiguresStatus {
  if (figures.year > lastPublishableYear()) return 'NOT_YET';
  if (row.status) return row.status;
  return row.stale ? 'PENDING' : 'NO_DATA';
}

/** The published counts, or "." everywhere when there is no publication (no figures are invented). */
async function shown(figures: FiguresRef, ctx: Context): Promise<PublishedFigures | null> {
  const row = await rowOf(figures, ctx);
  return statusOf(figures, row) === 'NOT_YET' ? null : row.figures;
}

const count = (pick: (f: PublishedFigures) => Count) => async (figures: FiguresRef, _: unknown, ctx: Context): Promise<Count> => {
  const f = await shown(figures, ctx);
  return f ? pick(f) : NO_FIGURE;
};

/**
 * The definition the figures were counted with: the publication's own, or, without a publication, the
 * one in force on the reference date; null without any (an unknown municipality, a year before its
 * first version), where `status` says NO_DATA.
 */
async function definitionOf(figures: FiguresRef, ctx: Context) {
  const row = await rowOf(figures, ctx);
  if (row.definitionId) return ctx.loaders.definition.load(row.definitionId);
  return definitionInForce(await ctx.loaders.definitionsByMunicipality.load(figures.code), figures.referenceDate);
}

export const EarlyEducationFigures: EarlyEducationFiguresResolvers = {
  status: async (figures, _, ctx) => statusOf(figures, await rowOf(figures, ctx)),
  async statusReason(figures, _, ctx) {
    const row = await rowOf(figures, ctx);
    switch (statusOf(figures, row)) {
      case 'NOT_YET':
        return `The reference date ${figures.referenceDate} lies ahead: there are no figures yet.`;
      case 'PENDING':
        return 'Records of this year were recorded; their first publication is being computed.';
      case 'WITHHELD':
        return 'So few children that no figure can be shown without revealing others: every count is withheld.';
      case 'NO_DATA': {
        const inForce = definitionInForce(await ctx.loaders.definitionsByMunicipality.load(figures.code), figures.referenceDate);
        return inForce
          ? `No child of ${figures.code} is recorded for the reference date ${figures.referenceDate}.`
          : `No target-group definition of ${figures.code} was in force on ${figures.referenceDate}, so there is no target group to count.`;
      }
      default:
        return null;
    }
  },
  version: async (figures, _, ctx) => (await rowOf(figures, ctx)).version,
  computedAt: async (figures, _, ctx) => {
    const at = (await rowOf(figures, ctx)).computedAt;
    return at ? new Date(at).toISOString() : null;
  },
  stale: async (figures, _, ctx) => (await rowOf(figures, ctx)).stale,
  sealed: async (figures, _, ctx) => (await rowOf(figures, ctx)).sealedAt !== null,
  definition: (figures, _, ctx) => definitionOf(figures, ctx),
  definitionVersion: async (figures, _, ctx) => (await definitionOf(figures, ctx))?.version ?? null,
  indicated: count((f) => f.indicated),
  referred: count((f) => f.referred),
  registered: count((f) => f.registered),
  placed: count((f) => f.placed),
  normCohort: count((f) => f.normCohort),
  normAchieved: count((f) => f.normAchieved),
  reachRate: async (figures, _, ctx) => {
    const f = await shown(figures, ctx);
    return f ? rateOf(f.placed, f.indicated) : { value: null, suppressed: false };
  },
  normReached: async (figures, _, ctx) => {
    const f = await shown(figures, ctx);
    return f ? rateOf(f.normAchieved, f.normCohort) : { value: null, suppressed: false };
  },
  hours: async (figures, _, ctx) => {
    const f = await shown(figures, ctx);
    if (!f) return { attended: null, averagePerPlaced: null, fromTwoAndAHalf: NO_FIGURE, onTrack: NO_FIGURE, onTrackRate: { value: null, suppressed: false } };
    return { ...f.hours, fromTwoAndAHalf: f.fromTwoAndAHalf, onTrack: f.onTrack, onTrackRate: rateOf(f.onTrack, f.fromTwoAndAHalf) };
  },
  byIndicationKind: async (figures, _, ctx) => {
    const f = await shown(figures, ctx);
    return [
      { kind: 'VE', indicated: f?.indicated ?? NO_FIGURE, placed: f?.placed ?? NO_FIGURE },
      { kind: 'SOCIAL_MEDICAL', indicated: f?.socialMedical.indicated ?? NO_FIGURE, placed: f?.socialMedical.placed ?? NO_FIGURE },
    ];
  },
  nonParticipation: async (figures, _, ctx) => (await shown(figures, ctx))?.nonParticipation ?? [],
  synthetic: async (figures, _, ctx) => (await rowOf(figures, ctx)).synthetic,
};
