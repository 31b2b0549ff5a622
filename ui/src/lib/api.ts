// Calling the backend: the generated bindings return `{ status, data | error }`;
// these helpers turn that into values or a typed failure.
import type { ApiError } from './bindings';

export type Outcome<T> = { status: 'ok'; data: T } | { status: 'error'; error: ApiError };

/** A failed backend call, carrying the backend's `{ kind, message, field }`. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** Tauri itself may reject with a plain string (e.g. a denied permission). */
export function asApiError(raw: unknown): ApiError {
  if (raw instanceof ApiFailure) return raw.error;
  if (raw && typeof raw === 'object' && 'message' in raw && 'kind' in raw) {
    const e = raw as ApiError;
    return { kind: e.kind, message: e.message, field: e.field ?? null };
  }
  const message = raw instanceof Error ? raw.message : String(raw);
  return { kind: 'storage', message, field: null };
}

export async function unwrap<T>(call: Promise<Outcome<T>>): Promise<T> {
  let outcome: Outcome<T>;
  try {
    outcome = await call;
  } catch (raw) {
    throw new ApiFailure(asApiError(raw));
  }
  if (outcome.status === 'error') throw new ApiFailure(asApiError(outcome.error));
  return outcome.data;
}
