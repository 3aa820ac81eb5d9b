# frozen_string_literal: true

# The Ruby client of the Revox API: AI voice agents that place phone calls.
#
#   revox = Revox::Client.new # reads REVOX_API_KEY
#   puts revox.assistants.update("asst_123", name: "Front desk")
#
# Standard library only. What differs per operation is generated from the
# OpenAPI description (lib/revox/generated); the rest is here.
require "json"
require "logger"
require "net/http"
require "openssl"
require "pathname"
require "securerandom"
require "time"
require "uri"
require "zlib"

require_relative "revox/generated/version"
require_relative "revox/generated/policy"
require_relative "revox/secret"
require_relative "revox/errors"
require_relative "revox/generated/errors"
require_relative "revox/operation"
require_relative "revox/generated/operations"
require_relative "revox/options"
require_relative "revox/multipart"
require_relative "revox/input"
require_relative "revox/log"
require_relative "revox/retry_policy"
require_relative "revox/connection"
require_relative "revox/transport"
require_relative "revox/model"
require_relative "revox/page"
require_relative "revox/binary"
require_relative "revox/resource"
require_relative "revox/client"
require_relative "revox/generated/resources"
