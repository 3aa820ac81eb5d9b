import { acceptsNull, descriptionOf } from './schema-utils.js';

/** A property that accepts `null` says in its description what `null` means. */
/** @typedef {import('./schema-utils.js').RuleContext} RuleContext */

export default function NullExplained() {
  return {
    SchemaProperties: {
      /** @param {Record<string, any>} properties @param {RuleContext} ctx */
      enter(properties, ctx) {
        for (const [name, property] of Object.entries(properties)) {
          if (acceptsNull(property, ctx) && !/`null`/.test(descriptionOf(property, ctx) ?? '')) {
            ctx.report({
              message: `Property "${name}" accepts null, so its description must say what \`null\` means.`,
              location: ctx.location.child([name]).key(),
            });
          }
        }
      },
    },
  };
}
