import type { DataSource } from 'typeorm';
import { byIdLoader, groupedLoader } from '../../graphql/loaders';
import { Outlet } from '../outlet/outlet.entity';
import { ArticleMention } from './article-mention.entity';
import { Article } from './article.entity';

export function articleLoaders(ds: DataSource) {
  return {
    articleById: byIdLoader(ds, Article),
    outletById: byIdLoader(ds, Outlet),
    mentionsByArticle: groupedLoader<ArticleMention>(
      (ids) => ds.getRepository(ArticleMention).createQueryBuilder('m').where('m.article_id = ANY(:ids)', { ids }).orderBy('m.start_offset').addOrderBy('m.id').getMany(),
      (m) => m.articleId,
    ),
  };
}
