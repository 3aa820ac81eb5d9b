// Finds every example in an OpenAPI document and validates it against the
// schema it illustrates.
import { createAjv, deref, endpointsOf, externalExample, formatErrors, validatorFor } from '../lib/index.js';

export interface ExampleProblem {
  where: string;
  problems: string[];
}

interface Illustrated {
  where: string;
  schema: unknown;
  value: unknown;
  /** An example given as a file (`externalValue`): bytes to find, no JSON to validate. */
  file?: string;
}

function mediaExamples(doc: any, where: string, content: any): Illustrated[] {
  const found: Illustrated[] = [];
  for (const [mediaType, media] of Object.entries<any>(content ?? {})) {
    if (!media.schema) continue;
    if ('example' in media) found.push({ where: `${where} ${mediaType} example`, schema: media.schema, value: media.example });
    for (const [name, raw] of Object.entries<any>(media.examples ?? {})) {
      const example = deref(doc, raw);
      found.push({
        where: `${where} ${mediaType} examples.${name}`,
        schema: media.schema,
        value: example.value,
        file: example.externalValue,
      });
    }
  }
  return found;
}

/** Every example of the document with the schema it must satisfy. */
export function collectExamples(doc: any): Illustrated[] {
  const found: Illustrated[] = [];
  for (const { method, path, operation, parameters } of endpointsOf(doc)) {
    const at = `${method} ${path}`;
    for (const param of parameters) {
      if (param.example !== undefined) found.push({ where: `${at} parameter ${param.name}`, schema: param.schema, value: param.example });
    }
    found.push(...mediaExamples(doc, `${at} request`, deref(doc, operation.requestBody)?.content));
    for (const [status, response] of Object.entries<any>(operation.responses ?? {})) {
      const resolved = deref(doc, response);
      found.push(...mediaExamples(doc, `${at} ${status}`, resolved.content));
      for (const [name, header] of Object.entries<any>(resolved.headers ?? {})) {
        const h = deref(doc, header);
        if ('example' in h) found.push({ where: `${at} ${status} header ${name}`, schema: h.schema, value: h.example });
      }
    }
  }
  for (const [name, schema] of Object.entries<any>(doc.components?.schemas ?? {})) {
    for (const [i, value] of (schema.examples ?? []).entries()) {
      found.push({ where: `schema ${name} examples[${i}]`, schema: { $ref: `#/components/schemas/${name}` }, value });
    }
  }
  return found;
}

/** The examples that do not validate, with Ajv's reasons, and example files that are missing or empty. */
export function exampleProblems(doc: any): ExampleProblem[] {
  const ajv = createAjv(doc);
  return collectExamples(doc)
    .map(({ where, schema, value, file }) => {
      if (file !== undefined) return { where, problems: fileBytes(file) ? [] : [`${file} is missing or empty`] };
      const validate = validatorFor(ajv, schema);
      return { where, problems: validate(value) ? [] : formatErrors(validate.errors) };
    })
    .filter((result) => result.problems.length > 0);
}

function fileBytes(file: string): number {
  try {
    return externalExample(file).length;
  } catch {
    return 0;
  }
}
