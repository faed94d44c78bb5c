import type { Context } from '../subgraph';
import type { Publication as PublicationRow } from '../entities';

export const Publication = {
  __resolveReference(ref: { id: string }, ctx: Context) {
    return ctx.loaders.publication.load(ref.id);
  },
  lessons(publication: PublicationRow, _: unknown, ctx: Context) {
    return ctx.loaders.lessonsByPublication.load(publication.id);
  },
  interventions(publication: PublicationRow, _: unknown, ctx: Context) {
    return ctx.loaders.interventionsByPublication.load(publication.id);
  },
};
