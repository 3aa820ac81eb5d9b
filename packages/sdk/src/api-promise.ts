// What every method returns: a promise of the parsed answer that can also
// hand over the HTTP response. The request is sent once, when the method is
// called; `await`, `.then`, `.asResponse()` and `.withResponse()`, in any
// order and any number of times, all read that one exchange.
import type { BufferedResponse } from './buffered-response.js';

const never = () => {};

export class APIPromise<T> extends Promise<T> {
  readonly #exchange: Promise<BufferedResponse>;
  readonly #parse: (response: BufferedResponse) => T;
  #data: Promise<T> | undefined;

  /** @internal `exchange` resolves to a success response, or rejects with the typed error. */
  constructor(exchange: Promise<BufferedResponse>, parse: (response: BufferedResponse) => T) {
    // The base promise never settles: every way of reading this one goes through #exchange.
    super(never);
    this.#exchange = exchange;
    this.#parse = parse;
  }

  /** The HTTP response, its body unread. Rejects with the same typed error as the promise itself. */
  asResponse(): Promise<Response> {
    return this.#exchange.then((response) => response.toResponse());
  }

  /** The parsed answer (the very object the promise resolves to) and the response (the one `.asResponse()` gives). */
  withResponse(): Promise<{ data: T; response: Response }> {
    return this.#parsed().then((data) => this.asResponse().then((response) => ({ data, response })));
  }

  // Parsing waits for the first reader of the data, so that a caller who only
  // wants the response neither pays for it nor sees a parse error unhandled.
  #parsed(): Promise<T> {
    return (this.#data ??= this.#exchange.then(this.#parse));
  }

  // The signatures of Promise's own, `any` reasons included, so that code written against a Promise compiles unchanged.
  override then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: any) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#parsed().then(onfulfilled, onrejected);
  }

  override catch<B = never>(onrejected?: ((reason: any) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#parsed().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#parsed().finally(onfinally);
  }
}

/**
 * The promise of one page of a paginated list, which is also an async
 * iterable over every item from that page to the last one.
 */
export class PagePromise<Page, Item> extends APIPromise<Page> implements AsyncIterable<Item> {
  readonly #next: () => PagePromise<Page, Item>;
  readonly #items: (page: Page) => Item[];
  readonly #size: number;

  /** @internal `next` asks for the following page; `items` picks a page's items; `size` is the page size asked for. */
  constructor(
    exchange: Promise<BufferedResponse>,
    parse: (response: BufferedResponse) => Page,
    next: () => PagePromise<Page, Item>,
    items: (page: Page) => Item[],
    size: number,
  ) {
    super(exchange, parse);
    this.#next = next;
    this.#items = items;
    this.#size = size;
  }

  /**
   * Every item from this page on. The API says nothing of how many pages
   * there are, so the last one is the first with fewer items than the page
   * size, or none (spec/sdk-policy.yaml).
   */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for (let page: PagePromise<Page, Item> = this; ; page = page.#next()) {
      const items = page.#items(await page);
      yield* items;
      if (items.length === 0 || items.length < page.#size) return;
    }
  }
}
