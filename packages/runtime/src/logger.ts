import pino from "pino";

/** Structured JSON logs. LOG_LEVEL=silent in tests unless asked for. */
export function createLogger(name: string): pino.Logger {
  const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info");
  return pino({ name, level, base: { service: name } });
}

export type Logger = pino.Logger;
