// @revoxai/types: the spec's types by openapi-typescript, and the names that
// users of the official SDKs know (AssistantUpdateResponse, CallListParams)
// for the operations that have no component of that name.
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { specPath } from '@revoxai/spec';
import { banner } from '../banner.mjs';

const DIR = 'packages/types/src/generated';

/** @param {{ doc: any, plan: import('../plan/index.mjs').Plan }} input */
export async function typesFiles({ doc, plan }) {
  return new Map([
    [`${DIR}/openapi.ts`, await openapiTypes(doc)],
    [`${DIR}/sdk-names.ts`, sdkNames(doc, plan)],
  ]);
}

/**
 * The document's types by openapi-typescript (the real spec, or a fixture
 * spec in the tests); files an example points to are found next to the spec.
 * @param {any} doc
 */
export async function openapiTypes(doc) {
  const ast = await openapiTS(structuredClone(doc), {
    cwd: pathToFileURL(specPath),
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    // Every output stays reproducible across machines: no timestamps, no paths.
    silent: true,
    transform: (schema) =>
      // Binary bodies (the audio of POST /voices/preview) arrive as bytes, which the SDK hands over as a Blob.
      schema.format === 'binary' ? ts.factory.createTypeReferenceNode('Blob') : openEnum(/** @type {any} */ (schema)),
  });
  return `${banner('*', 'openapi-typescript')}\n${astToString(ast)}`;
}

const { factory } = ts;

/**
 * A string with `x-revox-known-values` (see spec/rules/open-enum.md): its
 * known values for autocompletion, and every other string still allowed.
 * `string & {}` keeps TypeScript from folding the literals into `string`.
 * @param {{ 'x-revox-known-values'?: string[], type?: string | string[] }} schema
 */
function openEnum(schema) {
  const known = schema['x-revox-known-values'];
  if (!known) return undefined;
  const anyString = factory.createParenthesizedType(
    factory.createIntersectionTypeNode([factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword), factory.createTypeLiteralNode([])]),
  );
  const members = [...known.map((v) => factory.createLiteralTypeNode(factory.createStringLiteral(v))), anyString];
  if ([schema.type].flat().includes('null')) members.push(factory.createLiteralTypeNode(factory.createNull()));
  return factory.createUnionTypeNode(members);
}

/**
 * One alias per name an operation's request or answer is known by, unless a
 * component already has that name; a component of that name that is another
 * schema is a conflict the spec must resolve. An operation's params are what
 * its one params argument holds: its query, its headers and its body's
 * fields, as the plan places them.
 * @param {any} doc @param {import('../plan/index.mjs').Plan} plan
 */
function sdkNames(doc, plan) {
  const components = doc.components?.schemas ?? {};
  /** @type {string[]} */
  const lines = [];
  const alias = (/** @type {string} */ name, /** @type {string} */ component, /** @type {string} */ type, /** @type {string} */ doc) => {
    if (components[name] !== undefined) {
      if (name !== component) throw new Error(`components.schemas.${name} is not what ${doc} is; rename one of them`);
      return;
    }
    lines.push(`/** ${doc}. */\nexport type ${name} = ${type};`);
  };
  for (const o of plan.operations) {
    const op = `operations['${o.id}']`;
    const call = `\`client.${o.sdkName}\` (\`${o.http.method} ${o.http.path}\`)`;
    const places = new Set(o.params.map((p) => p.in));
    const parts = [
      ...(places.has('query') ? [`NonNullable<${op}['parameters']['query']>`] : []),
      ...(places.has('header') ? [`NonNullable<${op}['parameters']['header']>`] : []),
      ...(o.body
        ? [`NonNullable<${op}['requestBody']>['content']['${o.body.encoding === 'json' ? 'application/json' : 'multipart/form-data'}']`]
        : []),
    ];
    const what = o.body && parts.length === 1 ? 'The body' : places.size === 1 && places.has('query') ? 'The query' : 'The parameters';
    if (o.types.params) alias(o.types.params, parts.length === 1 ? (o.body?.component ?? '') : '', parts.join(' & '), `${what} of ${call}`);
    if (o.types.response)
      alias(
        o.types.response,
        o.answer.component ?? '',
        `${op}['responses'][${o.answer.status}]['content']['${o.answer.mediaType}']`,
        `What ${call} resolves to`,
      );
  }
  return `${banner('//', 'the SDK plan')}\nimport type { operations } from './openapi.js';\n\n${lines.join('\n\n')}\n`;
}
