/**
 * The classifier without its provider and MTA knowledge: what a reply from a receiver nobody
 * wrote a rule for meets. Core's rule table lists the providers' and MTAs' rules first and the
 * reason families' generic phrasings after them, starting with greylisting (`rules/index.ts`);
 * the providers' own enhanced codes (`vendorEnhancedReasons`) follow the registry's. This module
 * loads core from its source (through tsx, a module instance apart from the built package the
 * other scripts use), cuts both down to the generic part before the first reply is explained
 * (the rule table is indexed on first use), and hands back that instance's `explain`. Core has
 * no option for it: a user never wants the table without its providers.
 */
import type { explain as explainType } from "@smtp-codes/core";
import { enhancedReasons } from "../../../../packages/core/src/classify/code-reasons.js";
import { greylistingRules } from "../../../../packages/core/src/classify/rules/greylisting.js";
import { rules, vendorEnhancedReasons } from "../../../../packages/core/src/classify/rules/index.js";
import { explain } from "../../../../packages/core/src/index.js";

/** What was taken out: the numbers of provider rules and vendor codes. */
export interface GenericLayer {
  readonly explain: typeof explainType;
  readonly providerRules: number;
  readonly genericRules: number;
  readonly vendorCodes: number;
}

let layer: GenericLayer | undefined;

/** Core's `explain` with only the reason families, the word families and the registry's codes. */
export function genericLayer(): GenericLayer {
  if (layer) return layer;
  const firstGeneric = rules.indexOf(greylistingRules[0] as (typeof rules)[number]);
  if (firstGeneric < 0) throw new Error("generic layer: the greylisting family is not in the rule table");
  // The arrays are frozen only by their type: this process's copy of core is cut in place.
  (rules as unknown[]).splice(0, firstGeneric);
  const vendorCodes = new Set<unknown>(vendorEnhancedReasons);
  const codes = enhancedReasons as unknown[];
  for (let index = codes.length - 1; index >= 0; index--)
    if (vendorCodes.has(codes[index])) codes.splice(index, 1);
  layer = {
    explain: explain as typeof explainType,
    providerRules: firstGeneric,
    genericRules: rules.length,
    vendorCodes: vendorCodes.size,
  };
  return layer;
}
