// Reaching an operation's method from its SDK name in the model, as a caller would: `client.users.me.retrieve`.
import type { Operation } from '@revoxai/spec';
import type { Revox } from '../../src/index.js';

type Method = (...args: unknown[]) => Promise<unknown>;

export function methodOf(client: Revox, operation: Operation): Method {
  const resource = operation.sdk.resource.reduce<Record<string, unknown>>(
    (node, name) => node[name] as Record<string, unknown>,
    client as unknown as Record<string, unknown>,
  );
  const method = resource?.[operation.sdk.method];
  if (typeof method !== 'function') throw new Error(`client.${operation.sdk.name} (${operation.id}) is not a method`);
  return method as Method;
}
