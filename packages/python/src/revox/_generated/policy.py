# PROTOTYPE: replaced by the generator (packages/codegen python target)
"""How the client behaves where the API leaves a choice to it (spec/sdk-policy.yaml).

Durations are in seconds, sizes in bytes.
"""

from __future__ import annotations

# The API root: the spec's first server.
BASE_URL = "https://www.getrevox.com/api"
# Time limit of one attempt, from connecting until the whole body is read.
TIMEOUT = 60.0
# Retries after the first attempt, for retryable failures only.
MAX_RETRIES = 2
# Backoff: INITIAL_RETRY_DELAY doubled per retry up to MAX_RETRY_DELAY, minus up to 25 % jitter.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# The longest server-requested wait (Retry-After) sat through; a longer one fails at once.
MAX_RETRY_AFTER = 60.0
LOG_LEVEL = "warn"

# The environment variables read when an option is not given.
ENV_API_KEY = "REVOX_API_KEY"
ENV_BASE_URL = "REVOX_BASE_URL"
ENV_LOG_LEVEL = "REVOX_LOG"

# An idempotent request is sent again after these statuses, every status
# from RETRY_FROM_IDEMPOTENT up, and any failure to get a response.
RETRY_STATUSES_IDEMPOTENT = (408, 409, 429)
RETRY_FROM_IDEMPOTENT = 500
# A non-idempotent one (placing a call, creating an assistant) only after
# these, which say the server did not act, or a refused connection.
RETRY_STATUSES_NON_IDEMPOTENT = (429, 503)

# The most bytes read of one answer (after de-chunking, never decompressed):
# JSON answers and error bodies, and binary answers (audio).
MAX_RESPONSE_BYTES = 33554432
MAX_BINARY_RESPONSE_BYTES = 67108864

# The API sends no total, cursor or "more" flag: the last page is the first
# one with fewer items than the page size asked for, or none.
LAST_PAGE = "shorter-than-page-size"
