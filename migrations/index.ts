/** Every migration, in order. Add each new migration here (one change per migration, never edited once merged). */
import { Init1764180000000 } from './1764180000000-Init';
import { Workflow1764190000000 } from './1764190000000-Workflow';
import { FactChecks1764200000000 } from './1764200000000-FactChecks';
import { ActorCuration1764210000000 } from './1764210000000-ActorCuration';
import { QuoteIssueOrder1764220000000 } from './1764220000000-QuoteIssueOrder';

export const MIGRATIONS = [
  Init1764180000000,
  Workflow1764190000000,
  FactChecks1764200000000,
  ActorCuration1764210000000,
  QuoteIssueOrder1764220000000,
];
