/** What every view gets: the config, the route's parameters, and a way to change them. */
import type { Config } from './api';

export type ViewName = 'overzicht' | 'bereik' | 'begroting' | 'interventies' | 'vergelijk' | 'plaatsingen';

export interface Route {
  view: ViewName;
  params: URLSearchParams;
}

export interface ViewContext {
  config: Config;
  code: string;
  year: number;
  params: URLSearchParams;
  /** Goes to the same view with other parameters. */
  navigate(params: Record<string, string | null>): void;
}

export const YEARS = [2021, 2022, 2023, 2024];

export function hrefOf(view: ViewName, params: Record<string, string | number>): string {
  return `#/${view}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}`;
}
