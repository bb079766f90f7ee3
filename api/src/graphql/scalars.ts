import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** A calendar date, `YYYY-MM-DD`, with no time zone. */
export const LocalDate = LocalDateResolver;
/** An instant, ISO 8601 with time zone. */
export const DateTime = DateTimeResolver;
