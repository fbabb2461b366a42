/**
 * Emit MDX: one briefing as an mdast tree, serialised by remark-stringify with remark-mdx, so any
 * article text (braces, angle brackets, Markdown syntax, `import` lines) comes out escaped and
 * compiles back to the same visible text.
 *
 * Quotes become `<Quote id speaker>`, entity mentions `<Mention id entity>` and time expressions
 * `<When id value>`: components get ids and look everything else up in the generated data.
 */
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { stringify as stringifyYaml } from 'yaml';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Annotated, Briefing, Span } from '../model.ts';

interface InlineMark extends Span {
  /** The component that marks it; null for text the clean stage removed from within a paragraph, left out. */
  component: 'Quote' | 'Mention' | 'When' | null;
  attributes: Record<string, string>;
}

/** A line opening with `import` or `export` would be read as MDX code: encode its first letter. */
const ESM_AT_LINE_START = [
  { character: 'i', atBreak: true, after: String.raw`mport\b` },
  { character: 'e', atBreak: true, after: String.raw`xport\b` },
];

const processor = unified()
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', unsafe: ESM_AT_LINE_START })
  .use(remarkMdx)
  .use(remarkFrontmatter, ['yaml']);

function jsx(name: string, attributes: Record<string, string>, children: PhrasingContent[]): MdxJsxTextElement {
  const list: MdxJsxAttribute[] = Object.entries(attributes).map(([attributeName, value]) => ({ type: 'mdxJsxAttribute', name: attributeName, value }));
  return { type: 'mdxJsxTextElement', name, attributes: list, children };
}

/** Phrasing content for `[start, end)`, with the marks that lie inside it nested as elements. */
function phrasing(original: string, start: number, end: number, marks: InlineMark[]): PhrasingContent[] {
  const children: PhrasingContent[] = [];
  let cursor = start;
  const inside = marks.filter((mark) => mark.start >= start && mark.end <= end);
  for (let index = 0; index < inside.length; index += 1) {
    const mark = inside[index]!;
    if (mark.start < cursor) continue;
    if (mark.start > cursor) children.push({ type: 'text', value: original.slice(cursor, mark.start) });
    cursor = mark.end;
    if (!mark.component) continue;
    const nested = inside.filter((other) => other !== mark && other.start >= mark.start && other.end <= mark.end);
    children.push(jsx(mark.component, mark.attributes, phrasing(original, mark.start, mark.end, nested)));
  }
  if (cursor < end) children.push({ type: 'text', value: original.slice(cursor, end) });
  return children.map((child) => (child.type === 'text' ? { ...child, value: child.value.replace(/[\r\n]+/g, ' ') } : child));
}

const QUOTE_MARK = /["“”'‘’]/;

/** The quote's span widened to take in its quotation marks, so a highlight shows them too. */
function withMarks(original: string, quote: Span): Span {
  const start = QUOTE_MARK.test(original[quote.start - 1] ?? '') ? quote.start - 1 : quote.start;
  const end = QUOTE_MARK.test(original[quote.end] ?? '') ? quote.end + 1 : quote.end;
  return { start, end };
}

/** What emission needs of an annotated article. */
export type EmittedArticle = Pick<Annotated, 'original' | 'blocks' | 'removed'>;

export function briefingTree(article: EmittedArticle, briefing: Briefing): Root {
  const marks: InlineMark[] = [
    ...briefing.quotes.map((quote): InlineMark => ({
      ...withMarks(article.original, quote),
      component: 'Quote',
      attributes: { id: quote.id, ...(quote.speaker?.entity ? { speaker: quote.speaker.entity } : {}) },
    })),
    // A name inside a longer one is not linked apart from it (links do not nest).
    ...briefing.mentions.flatMap((mention, index): InlineMark[] => (mention.nested ? [] : [{
      start: mention.start,
      end: mention.end,
      component: 'Mention',
      attributes: { id: `m${index + 1}`, entity: mention.entity },
    }])),
    ...briefing.times.map((time, index): InlineMark => ({
      start: time.start,
      end: time.end,
      component: 'When',
      attributes: { id: `t${index + 1}`, value: time.value },
    })),
    ...article.removed.map((removed): InlineMark => ({ start: removed.start, end: removed.end, component: null, attributes: {} })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);

  const frontmatter = stringifyYaml({ id: briefing.id, title: briefing.title }, { lineWidth: 0 }).trimEnd();
  const children: RootContent[] = [{ type: 'yaml', value: frontmatter }];
  // Title and dateline are shown in the page's header; the body is paragraphs and sub-headings.
  for (const block of article.blocks.filter((candidate) => candidate.kind === 'paragraph' || candidate.kind === 'heading')) {
    const content = phrasing(article.original, block.start, block.end, marks);
    children.push(block.kind === 'heading' ? { type: 'heading', depth: 2, children: content } : { type: 'paragraph', children: content });
  }
  return { type: 'root', children };
}

export function briefingMdx(article: EmittedArticle, briefing: Briefing): string {
  return processor.stringify(briefingTree(article, briefing));
}

/** `briefingMdx` of one pair: what the worker threads run. */
export const briefingMdxOf = ({ article, briefing }: { article: EmittedArticle; briefing: Briefing }) => briefingMdx(article, briefing);
