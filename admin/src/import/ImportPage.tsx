import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button as MuiButton, Card, CardContent, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import { LIMITS } from '@newsroom/shared';
import { useState, type ChangeEvent } from 'react';
import { Button, Link, Title, useDataProvider, useNotify } from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import type { ConsoleDataProvider } from '../dataProvider/dataProvider';
import { apiError, errorMessage } from '../dataProvider/errors';
import type { ImportArticleInput } from '../gql/graphql';
import type { ImportOutcome } from './importActions';
import { SuggestionsReview } from './SuggestionsReview';

const EXAMPLE = ` date 2024-08-28 Putin Calls Aliyev to Discuss Armenia-Azerbaijan Peace Process

President Vladimir Putin of Russia called his Azerbaijani counterpart …`;

interface Fields {
  title: string;
  publishedOn: string;
  body: string;
  outletName: string;
  url: string;
  language: string;
}

const emptyFields: Fields = { title: '', publishedOn: '', body: '', outletName: '', url: '', language: 'en' };

/** One JSON object of the bulk format ({title, publishedAt, outlet, url, language, body}) as the form's fields. */
function fieldsFromJson(json: string): Fields {
  const parsed = JSON.parse(json) as unknown;
  const o = (Array.isArray(parsed) ? parsed[0] : parsed) as Record<string, unknown> | undefined;
  if (!o || typeof o !== 'object') throw new Error('The file holds no article object');
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    title: str(o.title),
    publishedOn: str(o.publishedAt ?? o.publishedOn).slice(0, 10),
    body: str(o.body),
    outletName: str(o.outlet ?? o.outletName),
    url: str(o.url),
    language: str(o.language) || 'en',
  };
}

/** "Import article": paste or upload an article; it is stored as a DRAFT and its suggestions open for the editor to confirm. */
export function ImportPage() {
  const { articleId } = useParams();
  if (articleId) return <SuggestionsReview articleId={articleId} />;
  return <ImportForm />;
}

function ImportForm() {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const navigate = useNavigate();
  const [tab, setTab] = useState(0);
  const [text, setText] = useState('');
  const [fields, setFields] = useState<Fields>(emptyFields);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<ImportOutcome | null>(null);

  const set = (key: keyof Fields) => (e: ChangeEvent<HTMLInputElement>) => setFields({ ...fields, [key]: e.target.value });

  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setProblem(null);
    if (file.size > LIMITS.bodyMax * 4) {
      setProblem(`${file.name} is too large: an article body may have at most ${LIMITS.bodyMax.toLocaleString()} characters`);
      return;
    }
    const content = await file.text();
    if (/\.json$/i.test(file.name)) {
      try {
        setFields(fieldsFromJson(content));
        setTab(1);
      } catch (error) {
        setProblem(`${file.name}: ${errorMessage(error)}`);
      }
      return;
    }
    setText(content);
    setTab(0);
  };

  const submit = async () => {
    setBusy(true);
    setProblem(null);
    setDuplicate(null);
    const input: ImportArticleInput =
      tab === 0
        ? { text }
        : {
            title: fields.title.trim(),
            publishedOn: fields.publishedOn,
            body: fields.body,
            outletName: fields.outletName.trim() || undefined,
            url: fields.url.trim() || undefined,
            language: fields.language.trim() || undefined,
          };
    try {
      const outcome = await dataProvider.importArticle(input);
      if (outcome.status === 'DUPLICATE') {
        setDuplicate(outcome);
        return;
      }
      notify(outcome.message, { type: 'success' });
      navigate(`/import/${outcome.article.id}`);
    } catch (error) {
      const api = apiError(error);
      setProblem(api?.extensions.importError ? `${String(api.extensions.importError)}: ${api.message}` : errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const ready = tab === 0 ? text.trim() !== '' : fields.title.trim() !== '' && fields.publishedOn !== '' && fields.body.trim() !== '';

  return (
    <Box sx={{ mt: 2, maxWidth: 1000 }}>
      <Title title="Import article" />
      <Typography variant="h5" component="h1" gutterBottom>
        Import article
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        The article is stored as a draft with the mentions of actors already known. Quotes, speakers, new actors, spellings and issues come
        back as suggestions: nothing else is created until you accept it.
      </Typography>
      <Card>
        <CardContent>
          <Tabs value={tab} onChange={(_e, v: number) => setTab(v)} aria-label="How to give the article">
            <Tab label="Import format" id="import-tab-0" aria-controls="import-panel-0" />
            <Tab label="Title, date and body" id="import-tab-1" aria-controls="import-panel-1" />
          </Tabs>
          <Box role="tabpanel" id="import-panel-0" aria-labelledby="import-tab-0" hidden={tab !== 0} sx={{ pt: 2 }}>
            <TextField
              label="Article text"
              value={text}
              onChange={(e) => setText(e.target.value)}
              multiline
              minRows={12}
              maxRows={30}
              fullWidth
              placeholder={EXAMPLE}
              helperText='First line " date YYYY-MM-DD Title", a blank line, then the paragraphs'
              slotProps={{ htmlInput: { 'data-testid': 'import-text', spellCheck: false } }}
            />
          </Box>
          <Box role="tabpanel" id="import-panel-1" aria-labelledby="import-tab-1" hidden={tab !== 1} sx={{ pt: 2 }}>
            <Stack spacing={2}>
              <TextField label="Title" value={fields.title} onChange={set('title')} fullWidth required />
              <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
                <TextField
                  label="Published on"
                  type="date"
                  value={fields.publishedOn}
                  onChange={set('publishedOn')}
                  required
                  slotProps={{ inputLabel: { shrink: true } }}
                />
                <TextField label="Outlet" value={fields.outletName} onChange={set('outletName')} />
                <TextField label="Language" value={fields.language} onChange={set('language')} helperText="e.g. en" />
              </Stack>
              <TextField label="URL" value={fields.url} onChange={set('url')} fullWidth />
              <TextField label="Body" value={fields.body} onChange={set('body')} multiline minRows={10} maxRows={30} fullWidth required />
            </Stack>
          </Box>
          <Box sx={{ display: 'flex', gap: 2, mt: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button label="Import" variant="contained" onClick={submit} disabled={busy || !ready}>
              <UploadFileIcon />
            </Button>
            <MuiButton component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={busy}>
              Upload a file
              <input type="file" hidden accept=".txt,.json,text/plain,application/json" onChange={upload} />
            </MuiButton>
            <Typography variant="body2" color="text.secondary">
              .txt in the import format, or .json with title, publishedAt, outlet, url, language and body
            </Typography>
          </Box>
          {problem && (
            <Alert severity="error" sx={{ mt: 2 }} data-testid="import-problem">
              {problem}
            </Alert>
          )}
          {duplicate && (
            <Alert severity="warning" sx={{ mt: 2 }} data-testid="import-duplicate">
              {duplicate.message} <Link to={`/articles/${duplicate.article.id}/show`}>Open “{duplicate.article.title}”</Link>
              {' · '}
              <Link to={`/import/${duplicate.article.id}`}>its suggestions</Link>
            </Alert>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
