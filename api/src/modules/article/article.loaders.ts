import type { DataSource } from 'typeorm';
import type { Audience } from '../../auth/viewer';
import { entityColumns } from '../../database/select';
import { notDeleted, tablesFor } from '../../database/tables';
import { byIdLoader, groupedLoader } from '../../graphql/loaders';
import { Outlet } from '../outlet/outlet.entity';
import { ArticleMention } from './article-mention.entity';
import { Article } from './article.entity';

export function articleLoaders(ds: DataSource, audience: Audience) {
  const t = tablesFor(audience);
  return {
    articleById: byIdLoader(ds, Article, t.articles),
    outletById: byIdLoader(ds, Outlet, 'outlets'),
    mentionsByArticle: groupedLoader(
      ds,
      ArticleMention,
      `SELECT m.article_id AS "_key", ${entityColumns(ds, ArticleMention, 'm')}
         FROM ${t.articleMentions} m JOIN ${t.actors} a ON a.id = m.actor_id
        WHERE m.article_id = ANY($1::uuid[]) AND ${notDeleted(audience, 'a')} ORDER BY m.start_offset, m.id`,
    ),
  };
}
