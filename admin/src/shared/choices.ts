import { ActorKind, Delivery, QuoteKind } from '@newsroom/shared';

const label = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

const choices = (values: string[]) => values.map((id) => ({ id, name: label(id) }));

export const actorKindChoices = choices(Object.values(ActorKind));
export const deliveryChoices = choices(Object.values(Delivery));
export const quoteKindChoices = choices(Object.values(QuoteKind));
export const roleChoices = choices(['EDITOR', 'REVIEWER', 'ADMIN']);
export const reviewStatusChoices = choices(['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED']);
export const curatedTypeChoices = choices(['ARTICLE', 'ACTOR', 'QUOTE', 'ISSUE', 'FACT_CHECK']);
