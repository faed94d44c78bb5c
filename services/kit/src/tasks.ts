import type { DataSource } from 'typeorm';
import type { ImportOptions, ImportReport } from './csv';

/**
 * Command-line tasks a subgraph offers (`npm run import -- <kind> <file>`, `npm run export -- <kind> ...`,
 * `npm run purge -- ...`). Each runs against the subgraph's own data source only.
 */
export interface SubgraphTasks {
  /** Importers by kind, e.g. `organisations`. All-or-nothing (unless `options.partial`) and idempotent. */
  importers?: Record<string, (dataSource: DataSource, file: string, options?: ImportOptions) => Promise<ImportReport>>;
  /** Exporters by kind: the arguments after the kind; the text is written to stdout. */
  exporters?: Record<string, (dataSource: DataSource, args: string[]) => Promise<string>>;
  /** Other maintenance commands by name (e.g. `purge`): the arguments after the name; returns a summary. */
  commands?: Record<string, (dataSource: DataSource, args: string[]) => Promise<string>>;
}
