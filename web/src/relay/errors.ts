// Errors of the API as the console sees them. The server puts a code in
// every error's extensions (BAD_USER_INPUT, CONFLICT, FORBIDDEN, ...) and,
// for bad input, the field it is about (input.profile.firstName); forms
// show such messages next to the field.

/** One error of a GraphQL response. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; field?: string; reason?: string };
}

/** ApiError carries the errors of a response that the console acts on. */
export class ApiError extends Error {
  readonly errors: GraphQLErrorEntry[];
  readonly status: number;

  constructor(errors: GraphQLErrorEntry[], status: number) {
    super(errors.map((e) => e.message).join('; ') || `request failed (${status})`);
    this.name = 'ApiError';
    this.errors = errors;
    this.status = status;
  }

  /** The first error's code, such as CONFLICT. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }

  /** Whether any error has this code. */
  has(code: string): boolean {
    return this.errors.some((e) => e.extensions?.code === code);
  }
}

/** The ApiError inside err, if any (Relay may wrap errors of the network layer). */
export function apiError(err: unknown): ApiError | undefined {
  let e: unknown = err;
  for (let i = 0; i < 3 && e; i++) {
    if (e instanceof ApiError) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Splits an error into messages by field (the API's field path with the
 * given prefix removed: "input.profile.firstName" with prefix
 * "input.profile." gives "firstName") and messages for the whole form.
 */
export function splitErrors(err: unknown, prefix = 'input.'): { fields: Record<string, string>; general: string[] } {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  const api = apiError(err);
  if (!api) {
    general.push(err instanceof Error ? err.message : String(err));
    return { fields, general };
  }
  for (const e of api.errors) {
    const field = e.extensions?.field;
    if (field && field.startsWith(prefix)) {
      const name = field.slice(prefix.length);
      fields[name] = fields[name] ? `${fields[name]}; ${e.message}` : e.message;
    } else {
      general.push(e.message);
    }
  }
  return { fields, general };
}
