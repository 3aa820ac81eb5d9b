// Helpers shared by the rules: how a property's schema is reached and read.

/**
 * The part of Redocly's visitor context the rules use.
 * @typedef {{
 *   key: string | number,
 *   location: any,
 *   resolve(node: any): { node: any },
 *   report(problem: { message: string, location: any }): void,
 * }} RuleContext
 */

/**
 * The property's own node, or the component it points to when it is a bare $ref.
 * @param {any} property
 * @param {RuleContext} ctx
 * @returns {any}
 */
export function resolved(property, ctx) {
  return property?.$ref ? ctx.resolve(property).node : property;
}

/**
 * The description a reader sees: the property's own, else its component's.
 * @param {any} property
 * @param {RuleContext} ctx
 * @returns {string | undefined}
 */
export function descriptionOf(property, ctx) {
  return property?.description ?? resolved(property, ctx)?.description;
}

/**
 * Whether `null` is an accepted value, through `type` or a `oneOf`/`anyOf` branch.
 * @param {any} schema
 * @param {RuleContext} ctx
 * @returns {boolean}
 */
export function acceptsNull(schema, ctx) {
  const node = resolved(schema, ctx);
  if (!node || typeof node !== 'object') return false;
  if (node.type === 'null') return true;
  if (Array.isArray(node.type) && node.type.includes('null')) return true;
  /** @type {any[]} */
  const branches = [...(node.oneOf ?? []), ...(node.anyOf ?? [])];
  return branches.some((branch) => acceptsNull(branch, ctx));
}
