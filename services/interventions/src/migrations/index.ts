import { Init1795330642760 } from './1795330642760-Init';

export const migrations: Function[] = [Init1795330642760];
