import fs from 'node:fs';
import path from 'node:path';
import { ActorKind, Delivery, QuoteKind } from '@newsroom/shared';
import type { DataSource } from 'typeorm';
import { PROJECT_ROOT } from '../config';
import { systemViewer } from '../auth/viewer';
import { createServices } from '../graphql/services';
import { log } from '../logger';
import { Actor } from '../modules/actor/actor.entity';
import { Article } from '../modules/article/article.entity';
import { contentHash } from '../modules/article/article.service';

export const DEMO_FIXTURE = path.join(PROJECT_ROOT, 'api', 'fixtures', 'demo.json');

interface DemoFixture {
  article: { title: string; publishedOn: string; language: string; url: string | null; body: string };
  actors: {
    key: string;
    kind: ActorKind;
    name: string;
    aliases: string[];
    misspellings: string[];
    description: string | null;
    wikidataQid: string | null;
    roles: { title: string; organization: string | null; startedOn: string | null; endedOn: string | null }[];
  }[];
  issues: { key: string; title: string; slug: string; description: string; aliases: string[]; parent: string | null; actors: string[] }[];
  quotes: {
    text: string;
    kind: QuoteKind;
    speaker: string;
    coSpeakers: string[];
    startOffset: number;
    endOffset: number;
    saidOn: string;
    delivery: Delivery;
    deliveryContext: string | null;
    issues: string[];
  }[];
  mentions: { actor: string; startOffset: number; endOffset: number; text: string }[];
}

export interface SeedSummary {
  loaded: boolean;
  actors: number;
  issues: number;
  quotes: number;
  mentions: number;
}

/** True when nothing has been stored yet: the demo data goes only into an empty database. */
export async function isEmpty(ds: DataSource): Promise<boolean> {
  const [articles, actors] = await Promise.all([ds.getRepository(Article).count(), ds.getRepository(Actor).count()]);
  return articles === 0 && actors === 0;
}

/**
 * Loads the demo article and everything made from it through the same services
 * the API uses (so every offset is checked), in one transaction: all or nothing.
 * Skipped when the demo article is already stored.
 */
export async function loadDemo(ds: DataSource, fixtureFile = DEMO_FIXTURE): Promise<SeedSummary> {
  const fx = JSON.parse(fs.readFileSync(fixtureFile, 'utf8')) as DemoFixture;
  return ds.transaction(async (em) => {
    const services = createServices(em);
    const viewer = systemViewer('seed');
    if (await em.getRepository(Article).existsBy({ contentHash: contentHash(fx.article.body) })) {
      return { loaded: false, actors: 0, issues: 0, quotes: 0, mentions: 0 };
    }
    const ids = new Map<string, string>();
    const id = (key: string) => {
      const value = ids.get(key);
      if (!value) throw new Error(`demo fixture: unknown key "${key}"`);
      return value;
    };
    // Actors first without roles: roles point at organisations that may come later in the list.
    for (const a of fx.actors) {
      const actor = await services.actors.create(
        {
          kind: a.kind,
          name: a.name,
          aliases: a.aliases,
          misspellings: a.misspellings,
          description: a.description,
          wikidataQid: a.wikidataQid,
        },
        viewer,
      );
      ids.set(a.key, actor.id);
    }
    for (const a of fx.actors.filter((x) => x.roles.length)) {
      await services.actors.update(
        id(a.key),
        {
          expectedVersion: 1,
          roles: a.roles.map(({ organization, ...r }) => ({ ...r, organizationId: organization ? id(organization) : null })),
        },
        viewer,
      );
    }
    for (const i of fx.issues) {
      const issue = await services.issues.create(
        {
          title: i.title,
          slug: i.slug,
          description: i.description,
          aliases: i.aliases,
          parentId: i.parent ? id(i.parent) : null,
          actorIds: i.actors.map(id),
        },
        viewer,
      );
      ids.set(i.key, issue.id);
    }
    const article = await services.articles.create(
      {
        ...fx.article,
        mentions: fx.mentions.map((m) => ({ actorId: id(m.actor), startOffset: m.startOffset, endOffset: m.endOffset, text: m.text })),
      },
      viewer,
    );
    let quotes = 0;
    for (const q of fx.quotes) {
      const quote = await services.quotes.create(
        {
          text: q.text,
          kind: q.kind,
          speakerId: id(q.speaker),
          coSpeakerIds: q.coSpeakers.map(id),
          articleId: article.id,
          startOffset: q.startOffset,
          endOffset: q.endOffset,
          saidOn: q.saidOn,
          delivery: q.delivery,
          deliveryContext: q.deliveryContext,
          issueIds: q.issues.map(id),
        },
        viewer,
      );
      ids.set(`quote:${quotes++}`, quote.id);
    }
    // The demo records count as curated by hand: approved and public, in dependency order.
    const order = [
      ...fx.actors.filter((a) => !a.roles.length).map((a) => a.key),
      ...fx.actors.filter((a) => a.roles.length).map((a) => a.key),
      ...fx.issues.map((i) => i.key),
    ];
    for (const key of order) await services.review.publishAsSystem(em, id(key));
    await services.review.publishAsSystem(em, article.id);
    for (let i = 0; i < quotes; i++) await services.review.publishAsSystem(em, id(`quote:${i}`));
    const summary = {
      loaded: true,
      actors: fx.actors.length,
      issues: fx.issues.length,
      quotes: fx.quotes.length,
      mentions: fx.mentions.length,
    };
    log.info('Loaded the demo data', summary);
    return summary;
  });
}
