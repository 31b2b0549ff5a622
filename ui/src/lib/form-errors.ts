// A failed save's message where it belongs: under the form field it names
// (that field then focused, so its description is read), else as a toast.
import { tick } from 'svelte';
import { ApiFailure, asApiError } from './api';
import { toasts } from './toasts.svelte';

export async function placeError(
  raw: unknown,
  fields: readonly string[],
  idOf: (field: string) => string,
  show: (errors: Record<string, string>) => void,
): Promise<void> {
  const error = raw instanceof ApiFailure ? raw.error : asApiError(raw);
  if (error.field && fields.includes(error.field)) {
    show({ [error.field]: error.message });
    await tick();
    document.getElementById(idOf(error.field))?.focus();
  } else {
    toasts.show(error.message);
  }
}
