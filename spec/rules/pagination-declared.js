/** Where an operation sets `x-revox-pagination`, its `page` and `size` name query parameters of the operation and `items` an array of its answer. */
/** @typedef {import('./schema-utils.js').RuleContext} RuleContext */
import { HTTP_METHODS } from '../lib/document.js';
import { mergedParameters } from '../lib/model.js';

export default function PaginationDeclared() {
  return {
    // The path item, not the operation: its parameters apply to each operation too.
    PathItem: {
      /** @param {Record<string, any>} pathItem @param {RuleContext} ctx */
      enter(pathItem, ctx) {
        for (const method of HTTP_METHODS.filter((m) => pathItem[m]?.['x-revox-pagination'] !== undefined)) {
          const operation = pathItem[method];
          const pagination = operation['x-revox-pagination'];
          const at = ctx.location.child([method, 'x-revox-pagination']);
          const report = (/** @type {string} */ message) =>
            ctx.report({ message: `${operation.operationId}: ${message}; the SDKs walk the pages by it.`, location: at });
          const query = mergedParameters(pathItem, operation, (node) => ctx.resolve(node).node ?? {})
            .filter((p) => p.in === 'query')
            .map((p) => p.name);
          for (const key of ['page', 'size']) {
            if (!query.includes(pagination?.[key]))
              report(
                `x-revox-pagination.${key} must name one of its query parameters (${query.join(', ') || 'none'}), got ${JSON.stringify(pagination?.[key])}`,
              );
          }
          const ok = Object.entries(operation.responses ?? {}).find(([status]) => status.startsWith('2'))?.[1];
          const schema = ok && ctx.resolve(ok).node?.content?.['application/json']?.schema;
          const items = schema && ctx.resolve(schema).node?.properties?.[pagination?.items];
          if (!items || ctx.resolve(items).node?.type !== 'array')
            report(`x-revox-pagination.items must name an array property of the JSON answer, got ${JSON.stringify(pagination?.items)}`);
        }
      },
    },
  };
}
