import type { BodyRoleResolvers } from '../generated/graphql';

export const BodyRole: BodyRoleResolvers = {
  holder(role, _, ctx) {
    return role.holderId ? ctx.loaders.organisation.load(role.holderId) : null;
  },
};
