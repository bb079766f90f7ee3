import type { Request, Response } from 'express';
import { LIMITS } from '@newsroom/shared';
import type { Services } from '../../graphql/services';
import { AppError } from '../../graphql/errors';
import { claimReviewPublisher } from './fact-check.service';

/**
 * GET /claimreview.json — every approved fact-check as schema.org ClaimReview,
 * newest approval first, `first` (at most the page maximum) per page, `after`
 * the `nextPage` cursor: a DataFeed that search engines and partners can crawl.
 */
export function claimReviewFeed(services: Services) {
  return async (req: Request, res: Response): Promise<void> => {
    const first = req.query.first === undefined ? LIMITS.pageSizeDefault : Number(req.query.first);
    if (!Number.isInteger(first) || first < 1 || first > LIMITS.pageSizeMax) {
      res.status(400).json({ error: `first must be an integer from 1 to ${LIMITS.pageSizeMax}` });
      return;
    }
    const after = typeof req.query.after === 'string' ? req.query.after : undefined;
    try {
      const { items, next } = await services.factChecks.claimReviews(first, after);
      const base = claimReviewPublisher().url;
      res.type('application/ld+json').json({
        '@context': 'https://schema.org',
        '@type': 'DataFeed',
        name: `${claimReviewPublisher().name}: fact-checks`,
        dateModified: new Date().toISOString(),
        dataFeedElement: items,
        ...(next ? { nextPage: `${base}/claimreview.json?first=${first}&after=${encodeURIComponent(next)}` } : {}),
      });
    } catch (error) {
      if (error instanceof AppError) {
        res.status(400).json({ error: error.message });
        return;
      }
      throw error;
    }
  };
}
