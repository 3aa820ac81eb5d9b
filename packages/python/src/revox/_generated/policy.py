# GENERATED FILE. DO NOT EDIT.
# Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through packages/codegen/src/targets/python.mjs.
# Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.
"""How the client behaves where the API leaves a choice to it (spec/sdk-policy.yaml).

Durations are in seconds, sizes in bytes. The hand-written runtime reads every
constant from here.
"""

from __future__ import annotations

import re

# The API root: the spec's first server.
BASE_URL = "https://www.getrevox.com/api"
# The longest one attempt may take, from sending the request until the whole answer is
# read, slow bodies included. Each retry gets a new one.
TIMEOUT = 60.0
# Retries after the first attempt, for retryable failures only.
MAX_RETRIES = 2
# The wait before the first retry, doubled for each further one.
INITIAL_RETRY_DELAY = 0.5
# The longest wait the doubling reaches.
MAX_RETRY_DELAY = 8.0
# The longest wait a server may ask for (``Retry-After``) that the client sits through;
# a longer one fails at once with the error, rather than holding the caller.
MAX_RETRY_AFTER = 60.0
# The share of each backoff wait taken off at random, so that many clients do not retry in step.
JITTER = 0.25
# The least severe level logged.
LOG_LEVEL = "warn"
# The log levels, from none to every line.
LOG_LEVELS = ("off", "error", "warn", "info", "debug")
# The most bytes one answer may have (after decompression); past it the client stops
# reading and fails with a typed error.
#
# JSON answers and error bodies; binary answers (audio).
MAX_RESPONSE_BYTES = 33554432
MAX_BINARY_RESPONSE_BYTES = 67108864

# The environment variables read when an option is not given.
ENV_API_KEY = "REVOX_API_KEY"
ENV_BASE_URL = "REVOX_BASE_URL"
ENV_LOG_LEVEL = "REVOX_LOG"

# An idempotent request: sending such a request twice does no harm, so it is sent again
# after a timeout, a dropped or truncated connection, 408, 409, 429 and every status
# from 500.
RETRY_STATUSES_IDEMPOTENT = (408, 409, 429)
RETRY_FROM_IDEMPOTENT = 500
# A non-idempotent request: the server may have acted on such a request (a phone call
# placed, an assistant created), so it is sent again only when the server provably did
# not act on it; after a timeout, a dropped connection or a 500 the client fails
# instead.
RETRY_STATUSES_NON_IDEMPOTENT = (429, 503)
# HTTP's idempotent methods: the retry rule of a request that is no operation of the spec.
IDEMPOTENT_METHODS = frozenset(("GET", "PUT", "DELETE", "OPTIONS", "HEAD", "TRACE"))

# The headers the client sends (the attempt number, the SDK and runtime) and
# reads (the request id, a wait the server asks for).
HEADER_ATTEMPT = "x-revox-attempt"
HEADER_CLIENT = "x-revox-client"
HEADER_REQUEST_ID = "x-request-id"
HEADER_RETRY_AFTER_MS = "retry-after-ms"
HEADER_RETRY_AFTER = "retry-after"
# A header holds a credential when its name matches: its value is masked
# wherever the client prints headers.
SECRET_HEADER = re.compile("auth|key|token|secret|cookie|session", re.IGNORECASE)

# The last page of a list: shorter-than-page-size (the API sends no total, cursor or
# "more" flag; the last page is the first one with fewer items than the page size asked
# for, or none).
LAST_PAGE = "shorter-than-page-size"
