import { readFileSync } from "node:fs";
import { viewByStructure } from "./message/fast-path.js";
import { resolveOptions } from "./options.js";

const v = await viewByStructure(readFileSync(process.argv[2] as string), resolveOptions({}));
console.log(JSON.stringify(v, null, 1).slice(0, 3000));
