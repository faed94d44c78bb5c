import { Init1795330306000 } from './1795330306000-Init';

export const migrations: Function[] = [Init1795330306000];
