/** Request headers as node:http gives them, as a plain object, or as a fetch `Headers`. */
export type WebhookHeaders =
  | { readonly [name: string]: string | readonly string[] | undefined }
  | { get(name: string): string | null };

/** The value of a header, matched without regard to case; the first of repeated ones. */
export function headerOf(headers: WebhookHeaders | undefined | null, name: string): string | null {
  if (headers === undefined || headers === null || typeof headers !== "object") return null;
  if (typeof (headers as { get?: unknown }).get === "function") {
    return (headers as { get(name: string): string | null }).get(name);
  }
  const wanted = name.toLowerCase();
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    const value = (headers as Record<string, unknown>)[key];
    if (typeof value === "string") return value;
    if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  }
  return null;
}
