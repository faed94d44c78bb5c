export const resolvers = {};
