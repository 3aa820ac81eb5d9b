/** Every operation names its SDK method in `x-revox-sdk` (`resource.method`), and no two share one. */
/** @typedef {import('./schema-utils.js').RuleContext} RuleContext */
import { SDK_NAME } from '../lib/model.js';

export default function SdkNameDeclared() {
  /** @type {Map<string, string>} SDK name → the operation that took it */
  const taken = new Map();
  return {
    Operation: {
      /** @param {Record<string, any>} operation @param {RuleContext} ctx */
      enter(operation, ctx) {
        const name = operation['x-revox-sdk'];
        const id = operation.operationId ?? String(ctx.key).toUpperCase();
        if (typeof name !== 'string' || !SDK_NAME.test(name)) {
          ctx.report({
            message: `${id} must name its SDK method in x-revox-sdk as resource.method (for example assistants.update), got ${JSON.stringify(name)}: both SDKs, the samples and the docs are generated from it.`,
            location: name === undefined ? ctx.location.key() : ctx.location.child(['x-revox-sdk']),
          });
          return;
        }
        const other = taken.get(name);
        if (other)
          ctx.report({
            message: `${id} and ${other} both call themselves ${name} in x-revox-sdk; SDK names must be unique.`,
            location: ctx.location.child(['x-revox-sdk']),
          });
        else taken.set(name, id);
      },
    },
  };
}
