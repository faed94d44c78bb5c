import type { Theme as ThemeRow } from '../entities';

export const Theme = {
  municipality(theme: ThemeRow) {
    return theme.municipalityCode ? { code: theme.municipalityCode } : null;
  },
};
