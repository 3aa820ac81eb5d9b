import { descriptionOf } from './schema-utils.js';

/** Every named schema and every object property carries a description. */
/** @typedef {import('./schema-utils.js').RuleContext} RuleContext */

export default function DescribedSchemas() {
  return {
    NamedSchemas: {
      Schema: {
        /** @param {any} schema @param {RuleContext} ctx */
        enter(schema, ctx) {
          if (!schema.description?.trim()) {
            ctx.report({
              message: `Schema "${ctx.key}" needs a description.`,
              location: ctx.location.key(),
            });
          }
        },
      },
    },
    SchemaProperties: {
      /** @param {Record<string, any>} properties @param {RuleContext} ctx */
      enter(properties, ctx) {
        for (const [name, property] of Object.entries(properties)) {
          if (!descriptionOf(property, ctx)?.trim()) {
            ctx.report({
              message: `Property "${name}" needs a description (on the property or on the schema it references).`,
              location: ctx.location.child([name]).key(),
            });
          }
        }
      },
    },
  };
}
