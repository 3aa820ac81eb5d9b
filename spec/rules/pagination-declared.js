/** Where an operation sets `x-revox-pagination`, its `page` and `size` name query parameters of the operation and `items` an array of its answer. */
/** @typedef {import('./schema-utils.js').RuleContext} RuleContext */

export default function PaginationDeclared() {
  return {
    Operation: {
      /** @param {Record<string, any>} operation @param {RuleContext} ctx */
      enter(operation, ctx) {
        const pagination = operation['x-revox-pagination'];
        if (pagination === undefined) return;
        const at = ctx.location.child(['x-revox-pagination']);
        const report = (/** @type {string} */ message) => ctx.report({ message: `${operation.operationId}: ${message}; the SDKs walk the pages by it.`, location: at });
        const query = (operation.parameters ?? []).map((/** @type {any} */ p) => ctx.resolve(p).node).filter((/** @type {any} */ p) => p?.in === 'query').map((/** @type {any} */ p) => p.name);
        for (const key of ['page', 'size']) {
          if (!query.includes(pagination?.[key])) report(`x-revox-pagination.${key} must name one of its query parameters (${query.join(', ') || 'none'}), got ${JSON.stringify(pagination?.[key])}`);
        }
        const ok = Object.entries(operation.responses ?? {}).find(([status]) => status.startsWith('2'))?.[1];
        const schema = ok && ctx.resolve(ok).node?.content?.['application/json']?.schema;
        const items = schema && ctx.resolve(schema).node?.properties?.[pagination?.items];
        if (!items || ctx.resolve(items).node?.type !== 'array') report(`x-revox-pagination.items must name an array property of the JSON answer, got ${JSON.stringify(pagination?.items)}`);
      },
    },
  };
}
