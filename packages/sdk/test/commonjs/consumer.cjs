// Plain JavaScript in a CommonJS package, checked with checkJs: the JSDoc
// types come from require('@revoxai/sdk'), the client class.
const Revox = require('@revoxai/sdk');

const client = new Revox({ apiKey: 'sk_test' });

/** @param {Revox.AssistantUpdateParams} body @returns {Promise<Revox.Assistant>} */
async function rename(body) {
  const { assistant } = await client.assistants.update('asst_1', body);
  return assistant;
}

/** @param {unknown} error */
function isMissing(error) {
  return error instanceof Revox.NotFoundError;
}

module.exports = { rename, isMissing, version: Revox.VERSION };
