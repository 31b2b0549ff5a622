// Some systems report a POSIX locale such as "C" (common under minimal X
// sessions), which Intl rejects; libraries that format with
// navigator.language would then fail. Fall back to a tag Intl accepts.
// Imported first in main.ts so it runs before any other module.
function usable(tag: string): boolean {
  try {
    new Intl.NumberFormat(tag);
    return true;
  } catch {
    return false;
  }
}

if (!usable(navigator.language)) {
  Object.defineProperty(navigator, 'language', { value: 'en-GB', configurable: true });
  Object.defineProperty(navigator, 'languages', { value: ['en-GB'], configurable: true });
}
