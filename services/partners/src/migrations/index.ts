import { Init1795330282770 } from './1795330282770-Init';
import { OrganisationRegisters1795331948059 } from './1795331948059-OrganisationRegisters';

export const migrations: Function[] = [Init1795330282770, OrganisationRegisters1795331948059];
