/** A schema with `x-revox-known-values` stays open: a string without `enum`, whose description names each known value. */
/** @typedef {import('./schema-utils.js').RuleContext} RuleContext */

export default function OpenEnum() {
  return {
    Schema: {
      /** @param {Record<string, any>} schema @param {RuleContext} ctx */
      enter(schema, ctx) {
        const known = schema['x-revox-known-values'];
        if (known === undefined) return;
        const report = (/** @type {string} */ message) =>
          ctx.report({ message: `x-revox-known-values: ${message}`, location: ctx.location.child(['x-revox-known-values']) });
        if (!Array.isArray(known) || known.length === 0 || !known.every((v) => typeof v === 'string')) {
          return report(`must be a non-empty list of strings, got ${JSON.stringify(known)}`);
        }
        if (schema.enum !== undefined || schema.const !== undefined) {
          report(
            'the schema also has `enum` or `const`, which refuses the values nobody documented; drop it, or drop x-revox-known-values if the list is complete',
          );
        }
        const types = [schema.type].flat();
        if (!types.includes('string')) report(`the schema's type must be string (or [string, 'null']), got ${JSON.stringify(schema.type)}`);
        const unnamed = known.filter((v) => !String(schema.description ?? '').includes(`\`${v}\``));
        if (unnamed.length)
          report(`the description must name each known value in backticks; it does not name ${unnamed.map((v) => `\`${v}\``).join(', ')}`);
      },
    },
  };
}
