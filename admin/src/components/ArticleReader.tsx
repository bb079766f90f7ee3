import { Box, Typography } from '@mui/material';
import { codePointLength, codePointSlice } from '@newsroom/shared';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router-dom';

export interface ReaderSpan {
  id: string;
  kind: 'quote' | 'mention';
  start: number;
  end: number;
  /** Shown as the tooltip: who said it, or who is named. */
  label: string;
  /** Where a click goes: the quote or the actor. */
  to?: string;
  /** Found by the import, not confirmed yet: drawn with a dashed outline. */
  suggested?: boolean;
}

export interface ReaderSelection {
  start: number;
  end: number;
  text: string;
}

interface ArticleReaderProps {
  body: string;
  spans: ReaderSpan[];
  /** The range being picked for a quote, drawn over the other highlights. */
  selection?: { start: number; end: number } | null;
  /** Called with code-point offsets whenever the reader selects a range of the body. */
  onSelect?: (selection: ReaderSelection) => void;
  /** False in a form: links would get in the way of selecting across a highlight. */
  links?: boolean;
  maxHeight?: number | string;
}

const QUOTE_BG = '#fff1b8';
const SELECTION_BG = '#c8e6c9';

/**
 * The article body with every quote and mention highlighted at its offsets. Offsets count code
 * points (see shared/src/text.ts); the DOM counts UTF-16 units, so every conversion goes through
 * codePointLength on the text before a point, never through raw string indices.
 */
export function ArticleReader({ body, spans, selection, onSelect, links = true, maxHeight = '70vh' }: ArticleReaderProps) {
  const container = useRef<HTMLDivElement>(null);
  const length = useMemo(() => codePointLength(body), [body]);

  const segments = useMemo(() => {
    const marks: ReaderSpan[] = [...spans];
    if (selection && selection.end > selection.start) {
      marks.push({ id: 'selection', kind: 'quote', start: selection.start, end: selection.end, label: 'Selected' });
    }
    const cuts = new Set<number>([0, length]);
    for (const s of marks) {
      cuts.add(Math.max(0, Math.min(length, s.start)));
      cuts.add(Math.max(0, Math.min(length, s.end)));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const out: { start: number; end: number; quote?: ReaderSpan; mention?: ReaderSpan; selected: boolean }[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const [start, end] = [points[i], points[i + 1]];
      const covers = (s: ReaderSpan) => s.start <= start && s.end >= end;
      out.push({
        start,
        end,
        quote: spans.find((s) => s.kind === 'quote' && covers(s)),
        mention: spans.find((s) => s.kind === 'mention' && covers(s)),
        selected: Boolean(selection && selection.start <= start && selection.end >= end && selection.end > selection.start),
      });
    }
    return out;
  }, [spans, selection, length]);

  const offsetOf = useCallback((node: Node, offset: number): number | null => {
    const root = container.current;
    if (!root || !root.contains(node)) return null;
    const range = document.createRange();
    range.setStart(root, 0);
    range.setEnd(node, offset);
    return codePointLength(range.toString());
  }, []);

  // Editing a quote: bring its place into view inside the reader (not the whole page).
  const hasSelection = Boolean(selection);
  useEffect(() => {
    const root = container.current;
    const first = root?.querySelector<HTMLElement>('.selected');
    if (root && first) root.scrollTop = Math.max(0, first.offsetTop - 80);
  }, [hasSelection]);

  const handleSelection = useCallback(() => {
    if (!onSelect) return;
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    let start = offsetOf(range.startContainer, range.startOffset);
    let end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null) return;
    // Editors drag loosely: leave out the white space at either end.
    const picked = codePointSlice(body, start, end);
    const leading = codePointLength(picked) - codePointLength(picked.trimStart());
    const trailing = codePointLength(picked) - codePointLength(picked.trimEnd());
    start += leading;
    end -= trailing;
    if (end <= start) return;
    onSelect({ start, end, text: codePointSlice(body, start, end) });
  }, [body, offsetOf, onSelect]);

  return (
    <Box>
      <Legend selecting={Boolean(onSelect)} suggesting={spans.some((s) => s.suggested)} />
      <Box
        ref={container}
        data-testid="article-reader"
        // Focusable so keyboard users can scroll it and extend a selection with Shift+arrows.
        tabIndex={0}
        role="region"
        aria-label="Article text"
        onMouseUp={handleSelection}
        onKeyUp={handleSelection}
        sx={{
          position: 'relative',
          whiteSpace: 'pre-wrap',
          fontFamily: 'Georgia, "Times New Roman", serif',
          fontSize: '1.05rem',
          lineHeight: 1.7,
          maxHeight,
          overflowY: 'auto',
          p: 2,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          bgcolor: 'background.paper',
          color: 'text.primary',
          '& .quote': { bgcolor: QUOTE_BG, color: '#1a1a1a' },
          '& .mention': { textDecoration: 'underline', textDecorationThickness: '2px', textUnderlineOffset: '3px', color: 'inherit' },
          '& .suggested': { outline: '2px dashed #0b5394', outlineOffset: '1px' },
          '& .selected': { bgcolor: SELECTION_BG, color: '#1a1a1a', outline: '1px solid #2e7d32' },
          '& a': { color: 'inherit' },
          '& a.quote': { textDecoration: 'underline dotted' },
        }}
      >
        {segments.map((seg) => {
          const text = codePointSlice(body, seg.start, seg.end);
          const suggested = Boolean(seg.quote?.suggested || seg.mention?.suggested);
          const classes = [seg.quote && 'quote', seg.mention && 'mention', seg.selected && 'selected', suggested && 'suggested']
            .filter(Boolean)
            .join(' ');
          if (!classes) return <span key={seg.start}>{text}</span>;
          // A mention inside a quote links to the actor; the quote's other pieces link to the quote.
          const target = seg.mention ?? seg.quote;
          const title = [seg.quote && `Quote: ${seg.quote.label}`, seg.mention && `Mention of ${seg.mention.label}`]
            .filter(Boolean)
            .join(' · ');
          return (
            <span
              key={seg.start}
              className={links && target?.to ? undefined : classes}
              title={title || undefined}
              data-quote={seg.quote?.id}
              data-mention={seg.mention?.id}
            >
              {links && target?.to ? (
                <Link to={target.to} className={classes} draggable={false}>
                  {text}
                </Link>
              ) : (
                text
              )}
            </span>
          );
        })}
      </Box>
    </Box>
  );
}

function Legend({ selecting, suggesting }: { selecting: boolean; suggesting: boolean }) {
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 1, display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
      <span>
        <Box component="span" sx={{ bgcolor: QUOTE_BG, color: '#1a1a1a', px: 0.5 }}>
          highlighted
        </Box>{' '}
        quote
      </span>
      <span>
        <Box component="span" sx={{ textDecoration: 'underline', textDecorationThickness: '2px' }}>
          underlined
        </Box>{' '}
        actor mention
      </span>
      {suggesting && (
        <span>
          <Box component="span" sx={{ outline: '2px dashed #0b5394', px: 0.5 }}>
            dashed
          </Box>{' '}
          suggestion, not confirmed
        </span>
      )}
      {selecting && (
        <span>
          <Box component="span" sx={{ bgcolor: SELECTION_BG, color: '#1a1a1a', px: 0.5 }}>
            green
          </Box>{' '}
          your selection: select text with the mouse or keyboard to set the quote's place
        </span>
      )}
    </Typography>
  );
}
