"""The clients: :class:`Revox` (blocking) and :class:`AsyncRevox` (asyncio).

Their resources and methods are generated from the spec (``resources/``);
what they do with a request is hand-written (``_base_client``, ``_core`` and
the two transports).
"""

from __future__ import annotations

from .resources import AsyncResources, SyncResources

__all__ = ["AsyncRevox", "Revox"]


class Revox(SyncResources):
    """The Revox API client. One per application is enough: it is safe to share
    between threads, and keeps its connections alive.

    >>> from revox import Revox
    >>> client = Revox()  # reads the API key from its environment variable
    >>> client.assistants.update("asst_123", name="Front desk").assistant.name
    'Front desk'

    Options (all keyword-only): ``api_key``, ``base_url``, ``max_retries``,
    ``timeout`` (seconds, per attempt, whole), ``initial_retry_delay``,
    ``max_retry_delay``, ``max_retry_after``, ``default_headers``, ``default_query``,
    ``max_response_bytes`` and ``log_level``. :meth:`with_options` makes a
    client with some changed; :meth:`close` (or ``with Revox() as client:``)
    closes the kept-alive connections.
    """


class AsyncRevox(AsyncResources):
    """The Revox API client for asyncio: the same resources and methods as
    :class:`Revox`, awaited. It runs on asyncio's own sockets (never a thread),
    so it does not block the event loop, and cancelling a task ends its request
    at once. Use it from one event loop at a time.

    >>> async with AsyncRevox() as client:
    ...     answer = await client.assistants.update("asst_123", name="Front desk")
    """
