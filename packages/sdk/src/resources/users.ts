import type { UserResponse, UserUpdateParams } from '@revoxai/types';
import type { Send } from '../client.js';
import type { RequestOptions } from '../options.js';

/** The user the API key belongs to. */
export class Me {
  readonly #send: Send;

  constructor(send: Send) {
    this.#send = send;
  }

  /** Reads the current user. */
  retrieve(options?: RequestOptions): Promise<UserResponse> {
    return this.#send('GET', '/users/me', {}, options);
  }

  /** Changes settings of the current user; keys left out keep their value. */
  update(body: UserUpdateParams = {}, options?: RequestOptions): Promise<UserResponse> {
    return this.#send('PATCH', '/users/me', { body }, options);
  }
}

/** Users: today only the current one, as `client.users.me`. */
export class Users {
  readonly me: Me;

  constructor(send: Send) {
    this.me = new Me(send);
  }
}
