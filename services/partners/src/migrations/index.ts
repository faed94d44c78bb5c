import { Init1795329993291 } from './1795329993291-Init';

export const migrations: Function[] = [Init1795329993291];
