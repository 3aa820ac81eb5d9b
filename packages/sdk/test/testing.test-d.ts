// The handlers of @revoxai/sdk/testing are typed from the spec: what they are
// told of a request, and what they may answer.
import { describe, expectTypeOf, it } from 'vitest';
import type { AssistantUpdateParams, CallListParams, UserResponse } from '../src/index.js';
import type { Handlers, SdkName } from '../src/testing.js';
import { createMock, reply } from '../src/testing.js';

describe('mock handlers', () => {
  it('are told typed parameters, query and body', () => {
    createMock({
      handlers: {
        'assistants.update': ({ params, body }) => {
          expectTypeOf(params.id).toEqualTypeOf<string>();
          expectTypeOf(body).toEqualTypeOf<AssistantUpdateParams | undefined>();
          return reply.status(404);
        },
        listCalls: ({ query }) => {
          expectTypeOf(query).toEqualTypeOf<CallListParams>();
          return { calls: [] };
        },
      },
    });
  });

  it("must answer the operation's success body, or a reply", () => {
    const user: UserResponse['user'] = {
      id: 'u',
      created_at: '',
      email: '',
      first_name: null,
      last_name: null,
      has_completed_onboarding: true,
      organization_id: 'o',
      updated_at: '',
    };
    const fine: Handlers = {
      'users.me.retrieve': () => ({ user }),
      retrieveCurrentUser: async () => reply.delay(10, { user }),
      'voices.list': () => reply.drop(),
    };
    // @ts-expect-error a user is not what GET /voices answers
    const wrongBody: Handlers = { 'voices.list': () => ({ user }) };
    // @ts-expect-error the answer of an update is { assistant }, not the bare assistant
    const bare: Handlers = { 'assistants.update': () => ({ id: 'asst_1' }) };
    // @ts-expect-error no such operation
    const unknown: Handlers = { 'assistants.clone': () => ({}) };
    void [fine, wrongBody, bare, unknown];
  });

  it('name the operations by SDK method', () => {
    expectTypeOf<'assistants.update'>().toMatchTypeOf<SdkName>();
    expectTypeOf<'users.me.retrieve'>().toMatchTypeOf<SdkName>();
  });
});
