import { describe, expect, test } from 'vitest';
import { ApiFailure, asApiError, unwrap } from './api';

describe('backend results', () => {
  test('ok results unwrap to their data', async () => {
    await expect(unwrap(Promise.resolve({ status: 'ok', data: 42 }))).resolves.toBe(42);
  });

  test('error results throw a typed failure with kind, message and field', async () => {
    const error = { kind: 'invalid' as const, message: 'Name is required.', field: 'name' };
    const failure = (await unwrap(Promise.resolve({ status: 'error', error })).catch((e) => e)) as ApiFailure;
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(failure.error).toEqual(error);
  });

  test('a bare string from Tauri becomes an error without a field', () => {
    expect(asApiError('Command list_people not allowed by ACL')).toEqual({
      kind: 'storage',
      message: 'Command list_people not allowed by ACL',
      field: null,
    });
  });
});
