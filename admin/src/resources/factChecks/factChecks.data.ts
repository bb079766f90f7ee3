import type { EvidenceInput, FactCheckFilter, FactCheckListItemFragment, UpdateFactCheckInput, Verdict } from '../../gql/graphql';
import {
  FactCheckCreateDocument,
  FactCheckCursorDocument,
  FactCheckDeleteDocument,
  FactCheckListDocument,
  FactCheckOneDocument,
  FactCheckUpdateDocument,
} from '../../gql/graphql';
import { fromConnection, fromCursorPage, operation } from '../../dataProvider/operation';
import {
  changedOnly,
  text,
  textOrNull,
  type ListRequest,
  type ResourceDefinition,
  reviewStatus,
  versionOf,
} from '../../dataProvider/resource';
import { VERDICT_IDS } from './verdictChoices';

export type FactCheckRecord = FactCheckListItemFragment & { quoteId: string };

const verdict = (value: unknown): Verdict | undefined =>
  typeof value === 'string' && VERDICT_IDS.includes(value) ? (value as Verdict) : undefined;

const filter = (f: Record<string, unknown>): FactCheckFilter => ({
  status: reviewStatus(f.status),
  verdict: verdict(f.verdict),
  quoteId: text(f.quoteId),
});

const variables = (r: ListRequest) => ({
  first: r.first,
  after: r.after,
  filter: filter(r.filter),
  direction: r.sort?.field === 'checkedAt' ? r.sort.order : undefined,
});

const toRecord = (f: FactCheckListItemFragment): FactCheckRecord => ({ ...f, quoteId: f.quote.id });

type EvidenceForm = { url?: unknown; title?: unknown; note?: unknown; accessedOn?: unknown };

/** The evidence list in its order on screen; rows without a url are left out (an empty row the editor added). */
export function evidence(value: unknown): EvidenceInput[] {
  if (!Array.isArray(value)) return [];
  return (value as EvidenceForm[])
    .filter((e) => text(e?.url))
    .map((e) => ({
      url: text(e.url) ?? '',
      title: textOrNull(e.title),
      note: textOrNull(e.note),
      accessedOn: textOrNull(e.accessedOn),
    }));
}

function input(d: Record<string, unknown>): Omit<UpdateFactCheckInput, 'expectedVersion'> {
  return {
    verdict: verdict(d.verdict),
    summary: text(d.summary),
    context: textOrNull(d.context),
    evidence: evidence(d.evidence),
  };
}

export const factCheckData: ResourceDefinition = {
  paged: true,
  list: (r) => operation(FactCheckListDocument, variables(r), (d) => fromConnection(d.factChecks, toRecord)),
  cursor: (r) => operation(FactCheckCursorDocument, variables(r), (d) => fromCursorPage(d.factChecks)),
  one: (id) =>
    operation(FactCheckOneDocument, { id }, (d) => {
      if (!d.factCheck) throw new Error(`No fact-check with id ${id}`);
      return { data: toRecord(d.factCheck) };
    }),
  create: (d) => {
    const i = input(d);
    return operation(
      FactCheckCreateDocument,
      {
        input: {
          quoteId: text(d.quoteId) ?? '',
          verdict: i.verdict ?? 'UNSUPPORTED',
          summary: i.summary ?? '',
          context: i.context ?? undefined,
          evidence: i.evidence,
        },
      },
      (r) => ({ data: toRecord(r.createFactCheck) }),
    );
  },
  update: (id, d, previous) =>
    operation(
      FactCheckUpdateDocument,
      { id, input: { ...changedOnly(input(d), input(previous)), expectedVersion: versionOf(previous) } },
      (r) => ({ data: toRecord(r.updateFactCheck) }),
    ),
  delete: (id, previous) =>
    operation(FactCheckDeleteDocument, { id, expectedVersion: previous ? versionOf(previous) : undefined }, (r) => ({
      data: { id: r.deleteFactCheck },
    })),
};
