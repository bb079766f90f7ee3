import { LIMITS } from '@newsroom/shared';
import { IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars';

/** Matches the language rule of createArticle. */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/**
 * The raw request is bounded loosely here (UTF-16 units, with room for the date line); the parser then
 * applies the documented limits in code points and says which one was broken.
 */
const RAW_TEXT_MAX = LIMITS.bodyMax * 2 + LIMITS.titleMax + 64;

@InputType({
  description:
    'One article to import. Either `text` in the import format (first line " date YYYY-MM-DD Title", a blank line, then the paragraphs), or `title`, `publishedOn` and `body`.',
})
export class ImportArticleInput {
  @Field(() => String, {
    nullable: true,
    description: `The whole article in the import format: " date YYYY-MM-DD Title", a blank line, the body (at most ${LIMITS.bodyMax} characters). Give this or title/publishedOn/body.`,
  })
  @MaxLength(RAW_TEXT_MAX)
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Headline, for plain text given in `body`.' })
  @MaxLength(LIMITS.titleMax)
  title?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Publication date (YYYY-MM-DD), for plain text given in `body`.' })
  publishedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Plain text of the article, paragraphs separated by blank lines (at most ${LIMITS.bodyMax} characters).`,
  })
  @MaxLength(RAW_TEXT_MAX)
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'Outlet by name; created when no outlet has this name (ignoring case).' })
  @Length(1, LIMITS.outletNameMax)
  outletName?: string | null;

  @Field(() => String, { nullable: true, description: 'Web address of the article (http or https).' })
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(LIMITS.urlMax)
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 language tag of the body; "en" when omitted.' })
  @Matches(LANGUAGE_TAG, { message: 'language must be a BCP 47 tag such as "en" or "en-GB"' })
  @MaxLength(LIMITS.languageMax)
  language?: string | null;
}
