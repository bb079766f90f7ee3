import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !validDate(value)) {
    throw new GraphQLError(`LocalDate must be a real calendar date written YYYY-MM-DD; got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/**
 * A calendar date, `YYYY-MM-DD`, with no time zone. Inputs are checked strictly
 * (2024-02-30 is refused); outputs come from PostgreSQL `date` columns, already in
 * that form, so serialising them costs a type check only (it runs for every date
 * of every row of every page).
 */
export const LocalDate = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date with no time zone, `YYYY-MM-DD`, e.g. `2024-08-28`.',
  serialize(value) {
    if (typeof value === 'string' && value.length === 10) return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new GraphQLError(`Cannot serialise ${JSON.stringify(value)} as a LocalDate`);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('LocalDate must be a string written YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    return parse(ast.value);
  },
});

/** An instant, ISO 8601 with time zone. */
export const DateTime = DateTimeResolver;
