import type { GovernanceBodyResolvers } from '../generated/graphql';

export const GovernanceBody: GovernanceBodyResolvers = {
  members(body, _, ctx) {
    return ctx.loaders.membersByBody.load(body.id);
  },
  roles(body, _, ctx) {
    return ctx.loaders.rolesByBody.load(body.id);
  },
};
