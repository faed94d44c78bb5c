import { DEMO_MUNICIPALITIES } from '@kansrijk/demo';
import type { Municipality2025 } from './municipalities';
import { normal, streamFor } from './random';

/**
 * Inhabitants per municipality, for sizing the synthetic country. APPROXIMATE OR SYNTHETIC, never
 * statistics: about the sixty largest municipalities and a few of the smallest have rounded real
 * figures (about 2025, from memory, not from CBS), the demo municipalities keep the demo's figures (so
 * both data sets size them alike), and every other municipality gets a made-up number between 2,000
 * and 60,000, drawn so that the country adds up to 18 million.
 */
export const COUNTRY_POPULATION = 18_000_000;

/** Rounded, approximate real populations: the largest municipalities and the smallest islands. */
const APPROXIMATE: Record<string, number> = {
  GM0363: 931000, // Amsterdam
  GM0599: 665000, // Rotterdam
  GM0518: 566000, // 's-Gravenhage
  GM0344: 374000, // Utrecht
  GM0772: 246000, // Eindhoven
  GM0014: 243000, // Groningen
  GM0855: 230000, // Tilburg
  GM0758: 187000, // Breda
  GM0268: 185000, // Nijmegen
  GM0200: 167000, // Apeldoorn
  GM0202: 167000, // Arnhem
  GM0392: 164000, // Haarlem
  GM0394: 162000, // Haarlemmermeer
  GM0153: 161000, // Enschede
  GM0479: 160000, // Zaanstad
  GM0193: 132000, // Zwolle
  GM0546: 128000, // Leiden
  GM0637: 127000, // Zoetermeer
  GM0080: 127000, // Leeuwarden
  GM0228: 123000, // Ede
  GM0505: 121000, // Dordrecht
  GM0484: 116000, // Alphen aan den Rijn
  GM1783: 115000, // Westland
  GM0114: 108000, // Emmen
  GM0503: 105000, // Delft
  GM0983: 103000, // Venlo
  GM0150: 102000, // Deventer
  GM0828: 95000, // Oss
  GM0439: 94000, // Purmerend
  GM0362: 93000, // Amstelveen
  GM0402: 93000, // Hilversum
  GM1982: 92000, // Land van Cuijk
  GM1963: 89000, // Hoeksche Waard
  GM1980: 89000, // Dijk en Waard
  GM0917: 87000, // Heerlen
  GM1930: 86000, // Nissewaard
  GM1948: 83000, // Meierijstad
  GM0164: 82000, // Hengelo (O.)
  GM0995: 82000, // Lelystad
  GM0606: 80000, // Schiedam
  GM1674: 78000, // Roosendaal
  GM1916: 78000, // Leidschendam-Voorburg
  GM0513: 75000, // Gouda
  GM0622: 75000, // Vlaardingen
  GM0141: 74000, // Almelo
  GM1992: 71000, // Voorne aan Zee
  GM0106: 69000, // Assen
  GM0453: 69000, // Velsen
  GM0502: 68000, // Capelle aan den IJssel
  GM0345: 68000, // Veenendaal
  GM0748: 68000, // Bergen op Zoom
  GM0537: 67000, // Katwijk
  GM1621: 66000, // Lansingerland
  GM0355: 66000, // Zeist
  GM1904: 66000, // Stichtse Vecht
  GM0356: 64000, // Nieuwegein
  GM0160: 62000, // Hardenberg
  GM0203: 62000, // Barneveld
  GM1991: 62000, // Maashorst
  GM0060: 3800, // Ameland
  GM0093: 4900, // Terschelling
  GM0096: 1200, // Vlieland
  GM0088: 950, // Schiermonnikoog
  GM0277: 1700, // Rozendaal
};

/** Synthetic ones stay below the smallest real figure above, so the largest municipalities are real ones. */
const SYNTHETIC_MIN = 2_000;
const SYNTHETIC_MAX = 60_000;
/** The spread of the made-up populations (lognormal); their level follows from the country's total. */
const SYNTHETIC_SIGMA = 0.55;

export function populations(municipalities: readonly Municipality2025[]): Map<string, number> {
  const fixed = new Map<string, number>(Object.entries(APPROXIMATE));
  for (const m of DEMO_MUNICIPALITIES) fixed.set(m.code, m.population);
  const result = new Map<string, number>();
  const drawn = new Map<string, number>();
  for (const m of municipalities) {
    const known = fixed.get(m.code);
    if (known !== undefined) result.set(m.code, known);
    else drawn.set(m.code, Math.exp(SYNTHETIC_SIGMA * normal(streamFor(`population:${m.code}`))));
  }
  // Scale the drawn ones to the rest of the country; clamping moves the sum, so repeat a few times.
  const rest = COUNTRY_POPULATION - [...result.values()].reduce((a, b) => a + b, 0);
  let factor = rest / drawn.size;
  const clamped = (x: number) => Math.min(SYNTHETIC_MAX, Math.max(SYNTHETIC_MIN, x * factor));
  for (let i = 0; i < 5; i++) {
    const sum = [...drawn.values()].reduce((a, x) => a + clamped(x), 0);
    factor *= rest / sum;
  }
  for (const [code, x] of drawn) result.set(code, Math.round(clamped(x) / 100) * 100);
  return result;
}
