// Prints each operation of the spec's operation model, with its example input
// and answer, as JSON, for the tests of the SDKs that are not JavaScript (Ruby,
// Python): they check their generated operation table against it and call
// every operation with its example. Binary answers are files next to the
// spec; their bytes travel as base64.
import { externalExample, loadModel } from '@revoxai/spec';

const operations = loadModel().operations.map((o) => {
  const answer = o.success.examples[0];
  return {
    id: o.id,
    sdk: o.sdk.name,
    method: o.method,
    path: o.path,
    pathParams: o.pathParams.map((p) => p.name),
    query: o.query.map((p) => ({ name: p.name, required: !!p.required })),
    headers: o.parameters.filter((p) => p.in === 'header').map((p) => p.name),
    body: o.body ? { fields: o.body.fields, required: !!o.body.required, mediaType: o.body.mediaType } : null,
    idempotent: o.idempotent,
    accept: o.success.accept,
    pagination: o.pagination ?? null,
    deprecated: !!o.operation.deprecated,
    example: o.example,
    success: {
      status: Number(o.success.status),
      mediaType: o.success.mediaType,
      json: o.success.json,
      empty: o.success.empty,
      value: answer?.value,
      base64: answer?.externalValue ? externalExample(answer.externalValue).toString('base64') : undefined,
    },
  };
});
process.stdout.write(JSON.stringify(operations));
