import type { PublicationResolvers } from '../generated/graphql';

export const Publication: PublicationResolvers = {
  __resolveReference(ref, ctx) {
    return ctx.loaders.publication.load(ref.id);
  },
  lessons(publication, _, ctx) {
    return ctx.loaders.lessonsByPublication.load(publication.id);
  },
  interventions(publication, _, ctx) {
    return ctx.loaders.interventionsByPublication.load(publication.id);
  },
};
