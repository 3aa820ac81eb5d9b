// Project-specific lint rules for spec/openapi.yaml. Each rule lives in its
// own file next to a doc (`<rule>.md`) that says why it exists; its tests
// are in ../test/rules.test.ts.
import describedSchemas from './described-schemas.js';
import nullExplained from './null-explained.js';

export default function revoxRules() {
  return {
    id: 'revox',
    rules: {
      oas3: {
        'described-schemas': describedSchemas,
        'null-explained': nullExplained,
      },
    },
  };
}
