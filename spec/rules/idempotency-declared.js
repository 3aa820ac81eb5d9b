/** Operations whose method HTTP does not call idempotent (POST, PATCH) say whether they may be sent twice (`x-revox-idempotent`); where it is set, it is a boolean. */
/** @typedef {import('./schema-utils.js').RuleContext} RuleContext */
import { IDEMPOTENT_METHODS } from '../lib/model.js';

export default function IdempotencyDeclared() {
  return {
    Operation: {
      /** @param {Record<string, any>} operation @param {RuleContext} ctx */
      enter(operation, ctx) {
        const value = operation['x-revox-idempotent'];
        if (value === undefined && IDEMPOTENT_METHODS.has(String(ctx.key).toUpperCase())) return;
        if (typeof value !== 'boolean') {
          ctx.report({
            message: `${String(ctx.key).toUpperCase()} ${operation.operationId ?? ''} must set x-revox-idempotent to true or false: the SDK retries by it, and repeating a request that acted (placing a call) does harm.`,
            location: ctx.location.key(),
          });
        }
      },
    },
  };
}
