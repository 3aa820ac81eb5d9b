/** Every JSON request body and every JSON success response has at least one example. */
/** @typedef {import('./schema-utils.js').RuleContext} RuleContext */

/** @param {any} media */
const hasExample = (media) => media.example !== undefined || Object.keys(media.examples ?? {}).length > 0;

export default function OperationExamples() {
  return {
    Operation: {
      /** @param {Record<string, any>} operation @param {RuleContext} ctx */
      enter(operation, ctx) {
        const body = operation.requestBody && ctx.resolve(operation.requestBody).node;
        const json = body?.content?.['application/json'];
        if (json && !hasExample(json)) {
          ctx.report({
            message: 'The JSON request body needs an example: the docs show it and the tests send it.',
            location: ctx.location.child(['requestBody']).key(),
          });
        }
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          const media = /^2/.test(status) && ctx.resolve(response).node?.content?.['application/json'];
          if (media && !hasExample(media)) {
            ctx.report({
              message: `The JSON ${status} response needs an example: the docs show it and the mock server returns it.`,
              location: ctx.location.child(['responses', status]).key(),
            });
          }
        }
      },
    },
  };
}
