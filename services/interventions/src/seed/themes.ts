import type { ThemeData } from './types';

/** The six national themes of the Gelijke Kansen Agenda, in the order seed 001 lists them. */
export const NATIONAL_THEMES: ThemeData[] = [
  { code: 'VERBINDING_SCHOOL_THUIS_OMGEVING', name: 'Verbinding school, thuis & omgeving' },
  { code: 'TALENTONTWIKKELING', name: 'Talentontwikkeling' },
  { code: 'SOEPELE_OVERGANG', name: 'Soepele overgang' },
  { code: 'PROFESSIONALISERING', name: 'Professionalisering' },
  { code: 'MEERTALIGHEID', name: 'Meertaligheid' },
  { code: 'INCLUSIEF_ONDERWIJS', name: 'Inclusief onderwijs' },
];
