import type { Locale } from "@smtp-codes/core";
import { texts } from "../texts.js";

/**
 * A page's HTML in a language: the texts of its `data-label`, `data-bounce-label`, `data-text`
 * and `data-column` elements, its title, placeholders and `<html lang>` from `texts`, so that a
 * German page is German before its script runs (and without it). The script sets the same
 * texts again when the language is switched.
 */
export function pageIn(html: string, page: "index" | "webhooks", locale: Locale): string {
  const words = texts[locale];
  const tables: Readonly<Record<string, object>> = {
    label: words.page,
    "bounce-label": words.bounce,
    text: words.webhooks,
    column: words.webhooks.columns,
  };
  const text = (kind: string, key: string): string | undefined => {
    const value = (tables[kind] as Record<string, unknown> | undefined)?.[key];
    return typeof value === "string" ? value : undefined;
  };
  const code = (name: string) => `<code lang="">${escapeHtml(name)}</code>`;
  return html
    .replace(/<html lang="\w*">/, `<html lang="${locale}">`)
    .replace(
      /<title>[^<]*<\/title>/,
      `<title>${escapeHtml(page === "index" ? words.page.title : words.webhooks.title)}</title>`,
    )
    .replace(
      /(<(\w+)\b[^>]*\sdata-(label|bounce-label|text|column)="(\w+)"[^>]*>)[^<]*(<\/\2>)/g,
      (whole, open: string, _tag: string, kind: string, key: string, close: string) => {
        const value = text(kind, key);
        return value === undefined ? whole : `${open}${escapeHtml(value)}${close}`;
      },
    )
    .replace(/(<input\b[^>]*\sdata-placeholder="(\w+)")/g, (whole, open: string, key: string) => {
      const value = text("label", key);
      return value === undefined ? whole : `${open} placeholder="${escapeHtml(value)}"`;
    })
    .replace(
      /(<p id="sample-intro">)[\s\S]*?(<\/p>)/,
      (_, open: string, close: string) =>
        `${open}${escapeHtml(words.webhooks.sampleIntro)
          .replace("{endpoint}", code("POST /webhooks/:provider"))
          .replace("{package}", code("@smtp-codes/webhooks"))}${close}`,
    )
    .replace(/href="\/webhooks\.html"/, `href="/webhooks.html?lang=${locale}"`)
    .replace(/id="back-link" href="\/"/, `id="back-link" href="/?lang=${locale}"`);
}

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
