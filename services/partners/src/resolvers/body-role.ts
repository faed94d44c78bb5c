import type { Context } from '../subgraph';
import type { BodyRole as BodyRoleRow } from '../entities';

export const BodyRole = {
  holder(role: BodyRoleRow, _: unknown, ctx: Context) {
    return role.holderId ? ctx.loaders.organisation.load(role.holderId) : null;
  },
};
