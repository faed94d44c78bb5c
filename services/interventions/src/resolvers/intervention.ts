import type { Context } from '../subgraph';
import type { Intervention as InterventionRow } from '../entities';
import { loadEach } from '../loaders';

export const Intervention = {
  __resolveReference(ref: { id: string }, ctx: Context) {
    return ctx.loaders.intervention.load(ref.id);
  },
  municipality(intervention: InterventionRow) {
    return { code: intervention.municipalityCode };
  },
  async organisations(intervention: InterventionRow, _: unknown, ctx: Context) {
    const links = await ctx.loaders.organisationLinksByIntervention.load(intervention.id);
    return links.map((link) => ({ id: link.organisationId }));
  },
  async themes(intervention: InterventionRow, _: unknown, ctx: Context) {
    const rows = await ctx.loaders.themeCodesByIntervention.load(intervention.id);
    return loadEach(ctx.loaders.theme, rows.map((row) => row.id));
  },
  reach(intervention: InterventionRow, _: unknown, ctx: Context) {
    return ctx.loaders.reachByIntervention.load(intervention.id);
  },
  activities(intervention: InterventionRow, _: unknown, ctx: Context) {
    return ctx.loaders.activitiesByIntervention.load(intervention.id);
  },
  publication(intervention: InterventionRow, _: unknown, ctx: Context) {
    return intervention.publicationId ? ctx.loaders.publication.load(intervention.publicationId) : null;
  },
  coalition(intervention: InterventionRow) {
    return intervention.coalitionId ? { id: intervention.coalitionId } : null;
  },
};
