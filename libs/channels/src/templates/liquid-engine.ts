import { Liquid, type LiquidOptions } from 'liquidjs';
import type { TemplateField } from './message-template';
import { StrictAssignTag } from './strict-assign.tag';

/**
 * Bounds on one field of one message, so a template cannot stall a worker: `{% for i in (1..100000000) %}`
 * is refused at once (its range alone exceeds `memoryLimit`), and anything slower stops at `renderLimit`.
 * A legitimate message renders in a few milliseconds and allocates a few thousand units.
 */
export const TEMPLATE_LIMITS = {
  /** Characters parsed per field; the API caps fields below this (html at 500,000). */
  parseLimit: 1_000_000,
  /** Milliseconds per render of a field. */
  renderLimit: 500,
  /** Allocation units per render: items of ranges and arrays, characters built by filters. */
  memoryLimit: 1_000_000,
} as const;

/** Tags that read other templates from files: a message stands alone, so they do not exist here. */
const FILE_TAGS = ['include', 'render', 'layout'] as const;

const SANDBOX: LiquidOptions = {
  // A missing variable is an error, never a blank in a customer's message...
  strictVariables: true,
  // ...except where the author asks whether it exists: `{% if %}`, `{% unless %}` and `| default:`.
  lenientIf: true,
  strictFilters: true,
  // `{{ contact.constructor }}` and `__proto__` read nothing.
  ownPropertyOnly: true,
  // An empty in-memory file set instead of the file system, should a file tag ever come back.
  templates: {},
  relativeReference: false,
  // The API and the worker may run on hosts with different zones and locales: `| date` renders alike on both.
  timezoneOffset: 0,
  locale: 'en-US',
  ...TEMPLATE_LIMITS,
};

function sandboxedLiquid(options: LiquidOptions): Liquid {
  const liquid = new Liquid({ ...SANDBOX, ...options });
  for (const tag of FILE_TAGS) delete liquid.tags[tag];
  liquid.registerTag('assign', StrictAssignTag);
  return liquid;
}

/** Subjects and plain-text bodies: values are written as they are. */
const textLiquid = sandboxedLiquid({});
/** The HTML part of an email: every value is HTML-escaped unless written `| raw`, so `<script>` in an attribute stays text. */
const htmlLiquid = sandboxedLiquid({ outputEscape: 'escape' });

export function liquidFor(field: TemplateField): Liquid {
  return field === 'html' ? htmlLiquid : textLiquid;
}
