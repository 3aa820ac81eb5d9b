/** An operation on a path with a parameter (`/assistants/{id}`) declares a 404 response. */
/** @typedef {import('./schema-utils.js').RuleContext} RuleContext */
import { HTTP_METHODS } from '../lib/document.js';

export default function PathId404() {
  return {
    PathItem: {
      /** @param {Record<string, any>} pathItem @param {RuleContext} ctx */
      enter(pathItem, ctx) {
        if (!String(ctx.key).includes('{')) return;
        for (const method of HTTP_METHODS.filter((m) => pathItem[m])) {
          if (!('404' in (pathItem[method].responses ?? {}))) {
            ctx.report({
              message: `${method.toUpperCase()} ${ctx.key} addresses something by id, so it must declare what happens when it does not exist (404).`,
              location: ctx.location.child([method, 'responses']).key(),
            });
          }
        }
      },
    },
  };
}
