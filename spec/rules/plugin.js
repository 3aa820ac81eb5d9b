// Project-specific lint rules for spec/openapi.yaml. Each rule lives in its
// own file next to a doc (`<rule>.md`) that says why it exists; its tests
// are in ../test/rules.test.ts.
import describedSchemas from './described-schemas.js';
import idempotencyDeclared from './idempotency-declared.js';
import nullExplained from './null-explained.js';
import openEnum from './open-enum.js';
import operationExamples from './operation-examples.js';
import paginationDeclared from './pagination-declared.js';
import pathId404 from './path-id-404.js';
import requestBodyComponent from './request-body-component.js';
import sdkNameDeclared from './sdk-name-declared.js';

export default function revoxRules() {
  return {
    id: 'revox',
    rules: {
      oas3: {
        'described-schemas': describedSchemas,
        'null-explained': nullExplained,
        'path-id-404': pathId404,
        'idempotency-declared': idempotencyDeclared,
        'operation-examples': operationExamples,
        'sdk-name-declared': sdkNameDeclared,
        'pagination-declared': paginationDeclared,
        'open-enum': openEnum,
        'request-body-component': requestBodyComponent,
      },
    },
  };
}
