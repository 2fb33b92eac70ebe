import { readFileSync } from "node:fs";
import { viewByStructure } from "./message/fast-path.js";
import { resolveOptions } from "./options.js";
import { readMtaText } from "./readers/mta-text.js";

const view = await viewByStructure(readFileSync(process.argv[2] as string), resolveOptions({}));
console.log(JSON.stringify(readMtaText(view!, 100), null, 1));
