/**
 * Renders an MDX briefing to HTML with unified: remark parses the MDX, each of the pipeline's
 * components becomes the element it stands for, and the hast tree is serialised.
 *
 * Why not one compiled MDX module per briefing: Astro bundles and renders each MDX module at about
 * 20 ms apiece, minutes for ten thousand briefings. Rendered here, in the content loader
 * (`briefings-loader.ts`), a briefing costs a couple of milliseconds, and the result is kept until
 * its file changes.
 *
 * The components, whose attributes are plain strings written by `scripts/pipeline/emit/mdx.ts`:
 * - `<Quote id speaker?>`: a highlighted quote, its speaker named and linked after it;
 * - `<Mention id entity>`: a link to the entity's page;
 * - `<When id value>`: a time expression with its resolved value.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { EntityType } from '../../scripts/pipeline/model.ts';
import { underBase } from '../../scripts/config.ts';

export interface LinkedEntity {
  id: string;
  name: string;
  type: EntityType;
}

export interface RenderContext {
  entity: (id: string) => LinkedEntity;
  /** A site path under the configured base. */
  url: (path: string) => string;
}

export interface RenderedBriefing {
  frontmatter: Record<string, unknown>;
  tree: HastRoot;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

/**
 * The entity ids a briefing links to, read without parsing: what its rendering depends on besides
 * its text. Article text that looks like such an attribute adds an id that names nothing.
 */
export function linkedEntityIds(mdx: string): string[] {
  return [...new Set([...mdx.matchAll(/ (?:entity|speaker)="([^"]*)"/g)].map((match) => match[1]!))].sort();
}

function attributesOf(node: MdxJsxTextElement | MdxJsxFlowElement): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
      throw new Error(`<${node.name}> takes only plain string attributes`);
    }
    attributes[attribute.name] = attribute.value;
  }
  return attributes;
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

function component(context: RenderContext): Handler {
  return (state: State, node: MdxJsxTextElement | MdxJsxFlowElement) => {
    const attributes = attributesOf(node);
    const children = state.all(node);
    switch (node.name) {
      case 'Quote': {
        const speaker = attributes.speaker ? context.entity(attributes.speaker) : undefined;
        return element('span', { className: ['quote'], id: attributes.id }, [
          element('span', { className: ['quote-text'] }, children),
          speaker
            ? element('a', { className: ['quote-speaker'], href: context.url(`entities/${speaker.id}/`) }, [text(speaker.name)])
            : element('span', { className: ['quote-speaker', 'unknown'] }, [text('speaker unknown')]),
        ]);
      }
      case 'Mention': {
        const target = context.entity(attributes.entity ?? '');
        return element('a', { className: ['mention'], id: attributes.id, href: context.url(`entities/${target.id}/`), dataType: target.type, title: target.name }, children);
      }
      case 'When': {
        const value = attributes.value ?? '';
        // A range has no single machine-readable datetime; its value stays in data-value.
        return element('time', { className: ['when'], id: attributes.id, dateTime: value.includes('/') ? undefined : value, dataValue: value }, children);
      }
      default:
        throw new Error(`unknown component <${node.name ?? ''}>: briefings use Quote, Mention and When`);
    }
  };
}

const notRendered = (kind: string): Handler => () => {
  throw new Error(`${kind} are not rendered in briefings; regenerate the file with \`npm run build\``);
};

/** The briefing as a hast tree, with its front matter. */
export function briefingHast(mdx: string, context: RenderContext): RenderedBriefing {
  const tree = parser.parse(mdx) as Root;
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const frontmatter = (yaml ? parseYaml(yaml.value) : {}) as Record<string, unknown>;
  const render = component(context);
  const hast = toHast(tree, {
    handlers: {
      mdxJsxTextElement: render,
      mdxJsxFlowElement: render,
      mdxTextExpression: notRendered('MDX expressions'),
      mdxFlowExpression: notRendered('MDX expressions'),
      mdxjsEsm: notRendered('MDX imports and exports'),
    },
  });
  return { frontmatter, tree: hast as HastRoot };
}

export function renderBriefing(mdx: string, context: RenderContext): { frontmatter: Record<string, unknown>; html: string } {
  const { frontmatter, tree } = briefingHast(mdx, context);
  return { frontmatter, html: toHtml(tree) };
}

/** What a worker thread needs to render briefings: plain data, sent once. */
export interface RenderData {
  base: string;
  entities: LinkedEntity[];
}

let contextFor: { data: RenderData; context: RenderContext } | undefined;

/**
 * `renderBriefing` with its context made from plain data, and a failure returned rather than
 * thrown, so the caller can name the file: what the worker threads run.
 */
export function renderBriefingWith(mdx: string, data: RenderData): { frontmatter: Record<string, unknown>; html: string } | { error: string } {
  if (contextFor?.data !== data) {
    const byId = new Map(data.entities.map((entity) => [entity.id, entity]));
    const entity = (id: string) => {
      const found = byId.get(id);
      if (!found) throw new Error(`unknown entity id ${JSON.stringify(id)}`);
      return found;
    };
    contextFor = { data, context: { entity, url: (path) => underBase(data.base, path) } };
  }
  try {
    return renderBriefing(mdx, contextFor.context);
  } catch (error) {
    return { error: (error as Error).message };
  }
}
