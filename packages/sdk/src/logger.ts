// Levelled logging with secrets redacted. Nothing is logged unless the level allows it.
import { LOG_LEVELS, SECRET_HEADER } from './generated/policy.js';

export { LOG_LEVELS };
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Logger {
  error(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  debug(message: string, ...details: unknown[]): void;
}

type Level = Exclude<LogLevel, 'off'>;

/** A Logger that knows its level, so callers can skip building details nobody will see. */
export interface LevelledLogger extends Logger {
  enabled(level: Level): boolean;
}

/**
 * A logger that forwards only messages at `level` or more severe, prefixed
 * with `[revox]`, with `secret` (the API key) blanked out of every message
 * whatever text it quotes (a server's, a runtime's).
 */
export function levelled(logger: Logger, level: LogLevel, secret: string): LevelledLogger {
  const threshold = LOG_LEVELS.indexOf(level);
  const enabled = (name: Level) => LOG_LEVELS.indexOf(name) <= threshold;
  const at =
    (name: Level) =>
    (message: string, ...details: unknown[]) => {
      if (enabled(name)) logger[name](`[revox] ${message.replaceAll(secret, '***')}`, ...details);
    };
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug'), enabled };
}

/** Headers with credentials (SECRET_HEADER: any name with auth, key, token... in it) replaced by `***`. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) out[name] = SECRET_HEADER.test(name) ? '***' : headers[name]!;
  return out;
}
