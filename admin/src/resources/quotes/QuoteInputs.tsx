import { Alert, Box, Typography } from '@mui/material';
import { codePointSlice, LIMITS } from '@newsroom/shared';
import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  DateInput,
  maxLength,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useGetOne,
} from 'react-admin';
import { ArticleReader, type ReaderSelection } from '../../components/ArticleReader';
import { deliveryChoices, quoteKindChoices } from '../../shared/choices';
import { articleSpans } from '../articles/ArticleShow';
import type { ArticleRecord } from '../articles/articles.data';
import { VerbatimIndicator } from './QuoteChecks';

const search = (q: string) => ({ q });

export function QuoteInputs() {
  return (
    <Box sx={{ width: '100%' }}>
      <ReferenceInput source="articleId" reference="articles">
        <AutocompleteInput label="Article" optionText="title" filterToQuery={search} validate={required()} fullWidth />
      </ReferenceInput>
      <QuotePlacePicker />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <ReferenceInput source="speakerId" reference="actors">
          <AutocompleteInput label="Speaker" optionText="name" filterToQuery={search} validate={required()} sx={{ minWidth: 280 }} />
        </ReferenceInput>
        <ReferenceArrayInput source="coSpeakerIds" reference="actors">
          <AutocompleteArrayInput label="Said jointly with" optionText="name" filterToQuery={search} sx={{ minWidth: 280 }} />
        </ReferenceArrayInput>
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <SelectInput source="kind" choices={quoteKindChoices} validate={required()} />
        <SelectInput source="delivery" choices={deliveryChoices} validate={required()} />
        <DateInput source="saidOn" label="Said on" helperText="Defaults to the article's date" />
      </Box>
      <TextInput
        source="deliveryContext"
        label="Delivery context"
        helperText='Where and how, e.g. "press conference in Ankara"'
        validate={maxLength(LIMITS.deliveryContextMax)}
        fullWidth
      />
      <ReferenceArrayInput source="issueIds" reference="issues">
        <AutocompleteArrayInput label="Issues" optionText="title" filterToQuery={search} fullWidth />
      </ReferenceArrayInput>
    </Box>
  );
}

/** The quote's place in the article: picked by selecting text in the reader, or typed as offsets. */
function QuotePlacePicker() {
  const { setValue } = useFormContext();
  const [articleId, start, end, text, kind] = useWatch({ name: ['articleId', 'startOffset', 'endOffset', 'text', 'kind'] });
  // meta keeps this query apart from the article list's cache entries, which lack the body and spans.
  const { data: article, isPending } = useGetOne<ArticleRecord>(
    'articles',
    { id: articleId, meta: { reader: true } },
    { enabled: Boolean(articleId) },
  );
  const spans = useMemo(() => (article?.quotes ? articleSpans(article) : []), [article]);

  const pick = (selection: ReaderSelection) => {
    const options = { shouldDirty: true, shouldValidate: true };
    setValue('startOffset', selection.start, options);
    setValue('endOffset', selection.end, options);
    setValue('text', selection.text, options);
  };

  return (
    <Box sx={{ mb: 2 }}>
      {!articleId && <Alert severity="info">Pick the article, then select the quoted words in its text.</Alert>}
      {articleId && isPending && <Typography variant="body2">Loading the article…</Typography>}
      {typeof article?.body === 'string' && (
        <ArticleReader
          body={article.body}
          spans={spans}
          links={false}
          maxHeight="45vh"
          selection={Number.isInteger(start) && Number.isInteger(end) ? { start, end } : null}
          onSelect={pick}
        />
      )}
      <TextInput
        source="text"
        label="Quote text"
        multiline
        fullWidth
        validate={[required(), maxLength(LIMITS.quoteTextMax)]}
        helperText={text ? 'Verbatim from the article: it must equal the text between the offsets' : 'Filled in by selecting text above'}
        parse={(v: string) => v}
      />
      {typeof article?.body === 'string' && typeof text === 'string' && text !== '' && Number.isInteger(start) && Number.isInteger(end) && (
        <Box sx={{ mb: 1 }}>
          <VerbatimIndicator
            matches={codePointSlice(article.body, start, end) === text}
            found={codePointSlice(article.body, start, end)}
            kind={kind}
            live
          />
        </Box>
      )}
      <Box sx={{ display: 'flex', gap: 2 }}>
        <NumberInput
          source="startOffset"
          label="Start offset"
          validate={required()}
          min={0}
          step={1}
          helperText="In characters (code points)"
        />
        <NumberInput source="endOffset" label="End offset" validate={required()} min={0} step={1} helperText="Exclusive" />
      </Box>
    </Box>
  );
}
