// Prints each operation's example input and answer from the operation model,
// as JSON, for the Ruby tests: they read the operations from the gem's
// generated table, and their cases from here.
import { externalExample, loadModel } from '@revoxai/spec';

const examples = Object.fromEntries(
  loadModel().operations.map((o) => {
    const answer = o.success.examples[0];
    return [
      o.id,
      {
        example: o.example,
        success: {
          status: Number(o.success.status),
          mediaType: o.success.mediaType,
          json: o.success.json,
          value: answer?.value,
          // Binary answers are files next to the spec; their bytes travel as base64.
          base64: answer?.externalValue ? externalExample(answer.externalValue).toString('base64') : undefined,
        },
      },
    ];
  }),
);
process.stdout.write(JSON.stringify(examples));
