import { Init1795330282782 } from './1795330282782-Init';

export const migrations: Function[] = [Init1795330282782];
