import { AssignTag, type Context, type Value } from 'liquidjs';

/**
 * `{% assign %}` as LiquidJS parses and analyses it, but strict. With `lenientIf`, LiquidJS assigns
 * null for a missing variable, and `{% assign name = contact.attributes.firstName %}{{ name }}` would
 * render a blank. `| default:` as the first filter still makes a missing variable optional here.
 */
export class StrictAssignTag extends AssignTag {
  override *render(ctx: Context): Generator<unknown, void, unknown> {
    // LiquidJS keeps these private; the template-injection spec fails if they ever move.
    const { key, value } = this as unknown as { key: string; value: Value };
    ctx.bottom()[key] = yield value.value(ctx, false);
  }
}
