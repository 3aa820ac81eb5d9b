// Names in the plan. The plan's identifiers are language-neutral snake_case
// words (`voice_id`, `faq_items`, `retrieve_legacy`); each language target
// spells them in its own case. Wire names are never renamed: they are what
// the API reads.

/**
 * The plan's identifier of a wire or SDK name: its words in snake_case.
 * `voiceId` → `voice_id`, `X-Revox-Region` → `x_revox_region`,
 * `faqItems` → `faq_items`, `HTTPStatus` → `http_status`.
 * @param {string} name
 */
export function identifier(name) {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}

/** Whether a name can be an identifier of the plan (and so of every language, keywords aside). */
export const IDENTIFIER = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

/** `faq_items` → `faqItems`. @param {string} id */
export function camel(id) {
  return id.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
}

/** `faq_items` → `FaqItems`. @param {string} id */
export function pascalCase(id) {
  const c = camel(id);
  return c[0].toUpperCase() + c.slice(1);
}
