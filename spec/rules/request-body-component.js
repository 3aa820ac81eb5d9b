/** A request body's schema is a named component (`$ref: '#/components/schemas/…'`), never written inline. */
/** @typedef {import('./schema-utils.js').RuleContext} RuleContext */

export default function RequestBodyComponent() {
  return {
    Operation: {
      /** @param {Record<string, any>} operation @param {RuleContext} ctx */
      enter(operation, ctx) {
        const body = operation.requestBody && ctx.resolve(operation.requestBody).node;
        for (const [mediaType, media] of Object.entries(body?.content ?? {})) {
          const ref = /** @type {any} */ (media).schema?.$ref;
          if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) continue;
          ctx.report({
            message: `The ${mediaType} request body of ${operation.operationId ?? 'this operation'} must be a $ref to a schema under components/schemas: the SDKs name the request's type after it.`,
            location: ctx.location.child(['requestBody', 'content', mediaType, 'schema']).key(),
          });
        }
      },
    },
  };
}
