// @revoxai/types: the spec's types by openapi-typescript, and the names that
// users of the official SDKs know (AssistantUpdateResponse, CallListParams)
// for the operations that have no component of that name.
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { specPath } from '@revoxai/spec';
import { banner } from '../banner.mjs';

const DIR = 'packages/types/src/generated';

/** @param {{ doc: any, model: import('@revoxai/spec').Model }} input */
export async function typesFiles({ doc, model }) {
  return new Map([
    [`${DIR}/openapi.ts`, await openapiTypes()],
    [`${DIR}/sdk-names.ts`, sdkNames(doc, model)],
  ]);
}

async function openapiTypes() {
  const ast = await openapiTS(pathToFileURL(specPath), {
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
 * schema is a conflict the spec must resolve.
 * @param {any} doc @param {import('@revoxai/spec').Model} model
 */
function sdkNames(doc, model) {
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
  for (const o of model.operations) {
    const op = `operations['${o.id}']`;
    const call = `\`client.${o.sdk.name}\` (\`${o.method} ${o.path}\`)`;
    if (o.body)
      alias(
        /** @type {string} */ (o.sdk.types.params),
        o.body.component ?? '',
        `NonNullable<${op}['requestBody']>['content']['application/json']`,
        `The body of ${call}`,
      );
    else if (o.query.length)
      alias(/** @type {string} */ (o.sdk.types.params), '', `NonNullable<${op}['parameters']['query']>`, `The query of ${call}`);
    alias(
      o.sdk.types.response,
      o.success.component ?? '',
      `${op}['responses'][${o.success.status}]['content']['${o.success.mediaType}']`,
      `What ${call} resolves to`,
    );
  }
  return `${banner('//', 'the operation model')}\nimport type { operations } from './openapi.js';\n\n${lines.join('\n\n')}\n`;
}
