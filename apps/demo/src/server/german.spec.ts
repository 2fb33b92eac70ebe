import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { englishIn, englishWords, stringsOf, wordsOf } from "../english-words.js";
import { texts } from "../texts.js";
import { startDemo } from "./app.js";
import { maxBounceBytes } from "./bounce.js";

let demo: Awaited<ReturnType<typeof startDemo>>;
beforeAll(async () => {
  demo = await startDemo(0, join(dirname(fileURLToPath(import.meta.url)), "../../dist/web"));
});
afterAll(async () => {
  await demo.close();
});

const at = (path: string) => new URL(path, demo.url);
const postJson = (path: string, body: unknown) =>
  fetch(at(path), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** The status and error message of an answer. */
async function refusal(answer: Promise<Response>): Promise<[number, string]> {
  const response = await answer;
  const { error } = (await response.json()) as { error: string };
  return [response.status, error];
}

describe("the demo's texts", () => {
  it("derive a list of English words that holds the page's words and core's labels", () => {
    for (const word of ["explain", "mailbox", "permanent", "userunknown", "refused", "events", "provider"])
      expect(englishWords.has(word), word).toBe(true);
    for (const word of ["code", "bounce", "greylisting", "smtp", "hard"])
      expect(englishWords.has(word), word).toBe(false);
  });

  it("have no English in the German table", () => {
    for (const text of stringsOf(texts.de)) expect(englishIn(text), text).toEqual([]);
  });

  it("have every German text apart from the English one, where the languages differ", () => {
    const english = stringsOf(texts.en);
    const german = stringsOf(texts.de);
    expect(german).toHaveLength(english.length);
    // Templates of punctuation alone (", {events}") are alike too.
    const same = german.filter((text, index) => text === english[index] && wordsOf(text).length > 0);
    // Words both languages write alike: the column "Code", the scenario "Greylisting".
    expect(same).toEqual(["Code", "Greylisting"]);
  });
});

/**
 * The text of a page as served, before its script runs: tags, and the elements marked as not
 * in the page's language (the samples in the boxes, the menu's "English", code), left out.
 */
function servedText(html: string): string {
  return html
    .replace(/<(textarea|option|code)\b[^>]*\slang="(?!de")[^"]*"[^>]*>[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

describe("the pages as served", () => {
  it.each([
    ["/?lang=de", {}],
    ["/", { "accept-language": "de-DE,de;q=0.9,en;q=0.8" }],
    ["/webhooks.html?lang=de", {}],
    ["/webhooks.html", { "accept-language": "de" }],
  ])("are German before their script runs: %s %j", async (path, headers) => {
    const html = await (await fetch(at(path), { headers })).text();
    expect(html).toContain('<html lang="de">');
    expect(html).toMatch(/<title>smtp-codes: [^<]*(erklärt|Ereignisse)<\/title>/);
    const text = servedText(html);
    expect(text).toMatch(/Sprache/);
    expect(englishIn(text), text).toEqual([]);
  });

  it("are English otherwise, so that the check above can fail", async () => {
    const html = await (await fetch(at("/"), { headers: { "accept-language": "en-US" } })).text();
    expect(html).toContain('<html lang="en">');
    expect(englishIn(servedText(html))).toEqual(expect.arrayContaining(["explain", "mailbox"]));
    expect(html).toContain('placeholder="550, 5.7.26, greylist …"');
  });
});

describe("the API's errors with lang=de", () => {
  const german = texts.de.errors;

  it.each([
    [
      "an unknown scenario (?lang=)",
      () => postJson("/api/send?lang=de", { scenario: "nope" }),
      400,
      german.unknownScenario,
    ],
    [
      "an unknown scenario (the body's lang)",
      () => postJson("/api/send", { scenario: "nope", lang: "de" }),
      400,
      german.unknownScenario,
    ],
    [
      "a text that is no string",
      () => postJson("/api/explain?lang=de", { text: 42 }),
      400,
      german.textNotString,
    ],
    [
      "a body that is no JSON",
      () => fetch(at("/api/explain?lang=de"), { method: "POST", body: "kein JSON" }),
      400,
      german.notAnObject,
    ],
    [
      "a body over the limit",
      () => postJson("/api/explain?lang=de", { text: "x".repeat(70_000) }),
      413,
      "Die Anfrage ist größer als 65.536 Bytes.",
    ],
    ["an unknown address", () => fetch(at("/gibt-es-nicht?lang=de")), 404, german.notFound],
    [
      "an empty bounce",
      () => fetch(at("/api/bounce?lang=de"), { method: "POST", body: "" }),
      400,
      german.bounceEmpty,
    ],
    [
      "a bounce over the limit",
      () => fetch(at("/api/bounce?lang=de"), { method: "POST", body: "x".repeat(maxBounceBytes + 1) }),
      413,
      "Die Mail ist größer als 2.097.152 Bytes.",
    ],
    [
      "an unknown provider",
      () => fetch(at("/api/webhooks/sample?provider=nope&lang=de"), { method: "POST" }),
      400,
      german.unknownProvider,
    ],
  ])("answers %s in German", async (_, request, status, message) => {
    const [answered, error] = await refusal(request());
    expect(answered).toBe(status);
    expect(error).toBe(message);
    expect(englishIn(error), error).toEqual([]);
  });

  it("answers the same requests in English without lang", async () => {
    expect(await refusal(postJson("/api/send", { scenario: "nope" }))).toEqual([
      400,
      texts.en.errors.unknownScenario,
    ]);
    expect(await refusal(fetch(at("/api/bounce"), { method: "POST", body: "" }))).toEqual([
      400,
      texts.en.errors.bounceEmpty,
    ]);
    const [, english] = await refusal(postJson("/api/explain", { text: "x".repeat(70_000) }));
    expect(english).toBe("The request body is over 65,536 bytes.");
    expect(englishIn(english)).not.toEqual([]);
  });

  it("names the scenario mailboxes in German, in core's words", async () => {
    const list = (await (await fetch(at("/api/scenarios?lang=de"))).json()) as {
      id: string;
      title: string;
    }[];
    expect(list.find((scenario) => scenario.id === "ratelimit")?.title).toBe("Rate-Limit");
    for (const { title } of list) expect(englishIn(title), title).toEqual([]);
  });

  it("gives a webhook event's verdict in German", async () => {
    await fetch(at("/api/webhooks/sample?provider=mailgun&lang=de"), { method: "POST" });
    const answer = (await (await fetch(at("/api/webhooks/events?lang=de"))).json()) as {
      events: { view: { verdict: string; severity: string; bounce: string } }[];
    };
    expect(answer.events[0]?.view).toMatchObject({ verdict: "Postfach voll" });
    for (const { view } of answer.events) expect(englishIn(Object.values(view).join(" "))).toEqual([]);
  });
});
