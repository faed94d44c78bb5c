import { Municipality } from './Municipality';

export { Municipality };

export const entities = [Municipality];
