import { loadEach } from '../loaders';
import type { InterventionResolvers } from '../generated/graphql';

export const Intervention: InterventionResolvers = {
  __resolveReference(ref, ctx) {
    return ctx.loaders.intervention.load(ref.id);
  },
  municipality(intervention) {
    return { code: intervention.municipalityCode };
  },
  async organisations(intervention, _, ctx) {
    const links = await ctx.loaders.organisationLinksByIntervention.load(intervention.id);
    return links.map((link) => ({ id: link.organisationId }));
  },
  async themes(intervention, _, ctx) {
    const rows = await ctx.loaders.themeCodesByIntervention.load(intervention.id);
    return loadEach(ctx.loaders.theme, rows.map((row) => row.id));
  },
  reach(intervention, _, ctx) {
    return ctx.loaders.reachByIntervention.load(intervention.id);
  },
  activities(intervention, _, ctx) {
    return ctx.loaders.activitiesByIntervention.load(intervention.id);
  },
  publication(intervention, _, ctx) {
    return intervention.publicationId ? ctx.loaders.publication.load(intervention.publicationId) : null;
  },
  coalition(intervention) {
    return intervention.coalitionId ? { id: intervention.coalitionId } : null;
  },
};
