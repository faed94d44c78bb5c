import type { Context } from '../context';

export const Municipality = {
  __resolveReference(ref: { code: string }, ctx: Context) {
    return ctx.loaders.municipality.load(ref.code);
  },
};
