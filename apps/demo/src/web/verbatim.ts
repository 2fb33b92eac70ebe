/**
 * Marks an element whose text is not the page's own: a remote server's reply, a subject line, a
 * log record, nodemailer's message. `lang=""` says its language is unknown (HTML), so a screen
 * reader does not read it as German and a translator leaves it alone; the page's tests read
 * everything else as the page's language.
 *
 * @example
 * box.append(verbatim(element("blockquote", result.text, "reply")));
 */
export function verbatim<T extends HTMLElement>(node: T): T {
  node.lang = "";
  node.translate = false;
  return node;
}
