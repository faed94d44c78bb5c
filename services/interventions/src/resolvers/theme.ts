import type { ThemeResolvers } from '../generated/graphql';

export const Theme: ThemeResolvers = {
  municipality(theme) {
    return theme.municipalityCode ? { code: theme.municipalityCode } : null;
  },
};
