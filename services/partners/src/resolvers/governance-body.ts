import type { Context } from '../subgraph';
import type { GovernanceBody as GovernanceBodyRow } from '../entities';

export const GovernanceBody = {
  members(body: GovernanceBodyRow, _: unknown, ctx: Context) {
    return ctx.loaders.membersByBody.load(body.id);
  },
  roles(body: GovernanceBodyRow, _: unknown, ctx: Context) {
    return ctx.loaders.rolesByBody.load(body.id);
  },
};
