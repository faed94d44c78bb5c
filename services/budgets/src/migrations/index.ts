import { Init1795330282782 } from './1795330282782-Init';
import { RealisationAndPaymentSchedule1795331991244 } from './1795331991244-RealisationAndPaymentSchedule';
import { PolicyGoalsAndStatutoryTasks1795922077808 } from './1795922077808-PolicyGoalsAndStatutoryTasks';

export const migrations: Function[] = [Init1795330282782, RealisationAndPaymentSchedule1795331991244, PolicyGoalsAndStatutoryTasks1795922077808];
