// A TypeScript file compiled as CommonJS, using the package the ways the
// official SDK's users do. It must compile; it is never run (the runtime
// matrix runs the CommonJS build).
import Revox = require('@revoxai/sdk');
import { NotFoundError, RevoxValidationError } from '@revoxai/sdk';
import type { Assistant, AssistantUpdateParams, ClientOptions } from '@revoxai/sdk';

const options: ClientOptions = { apiKey: 'sk_test', maxRetries: 0 };
const client = new Revox(options);
const body: AssistantUpdateParams = { name: 'Front desk' };

export async function run(): Promise<Assistant | undefined> {
  try {
    const { assistant } = await client.assistants.update('asst_1', body);
    const typed: Revox.AssistantUpdateResponse = await client.assistants.update('asst_1');
    return typed.assistant ?? assistant;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof Revox.NotFoundError) return undefined;
    if (error instanceof RevoxValidationError) console.error(error.issues);
    throw error;
  }
}

const same: typeof Revox = Revox.Revox;
const alsoSame: typeof Revox = Revox.default;
export const version: string = Revox.VERSION;
export const clients = [new same(options), new alsoSame(options)];
