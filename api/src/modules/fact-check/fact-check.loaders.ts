import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Audience } from '../../auth/viewer';
import { entityColumns } from '../../database/select';
import { notDeleted, tablesFor } from '../../database/tables';
import { byIdLoader, groupedLoader } from '../../graphql/loaders';
import { FactCheck, FactCheckEvidence } from './fact-check.entity';
import { claimReviewsForQuotes } from './fact-check.service';

export function factCheckLoaders(ds: DataSource, audience: Audience) {
  const t = tablesFor(audience);
  return {
    factCheckById: byIdLoader(ds, FactCheck, t.factChecks),
    factCheckByQuote: groupedLoader(
      ds,
      FactCheck,
      `SELECT f.quote_id AS "_key", ${entityColumns(ds, FactCheck, 'f')} FROM ${t.factChecks} f
        WHERE f.quote_id = ANY($1::uuid[]) AND ${notDeleted(audience, 'f')}`,
    ),
    evidenceByFactCheck: groupedLoader(
      ds,
      FactCheckEvidence,
      `SELECT e.fact_check_id AS "_key", ${entityColumns(ds, FactCheckEvidence, 'e')} FROM ${t.factCheckEvidence} e
        WHERE e.fact_check_id = ANY($1::uuid[]) ORDER BY e.position, e.id`,
    ),
    /** ClaimReview JSON-LD of the approved fact-check of each quote, one statement per batch. */
    claimReviewByQuote: new DataLoader<string, Record<string, unknown> | null>((quoteIds) => claimReviewsForQuotes(ds.manager, quoteIds)),
  };
}
