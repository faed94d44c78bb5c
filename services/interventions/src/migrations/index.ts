import { Init1795330642760 } from './1795330642760-Init';
import { Measurements1795331989547 } from './1795331989547-Measurements';
import { Publications1795923776992 } from './1795923776992-Publications';

export const migrations: Function[] = [Init1795330642760, Measurements1795331989547, Publications1795923776992];
