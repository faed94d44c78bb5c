import { Init1795330282770 } from './1795330282770-Init';

export const migrations: Function[] = [Init1795330282770];
