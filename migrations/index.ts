/** Every migration, in order. Add each new migration here (one change per migration, never edited once merged). */
import { Init1764180000000 } from './1764180000000-Init';

export const MIGRATIONS = [Init1764180000000];
