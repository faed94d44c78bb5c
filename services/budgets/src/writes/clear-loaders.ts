import type DataLoader from 'dataloader';
import type { Loaders } from '../loaders';

/** After a write, the request's loaders may hold rows from before it: the answer must show the change. */
export function clearLoaders(loaders: Loaders): void {
  for (const loader of Object.values(loaders) as DataLoader<unknown, unknown, unknown>[]) loader.clearAll();
}
