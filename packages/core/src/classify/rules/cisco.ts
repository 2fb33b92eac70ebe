import type { Rule } from "./rule.js";

/** Cisco Secure Email (IronPort): how its servers word their replies. Source: https://www.cisco.com/c/en/us/support/security/email-security-appliance/. */
export const ciscoRules: readonly Rule[] = [
  {
    id: "cisco.address-rejected",
    words: ["address"],
    pattern: /^Address rejected\.?$/i,
    enhanced: ["X.1.0"],
    reason: "userUnknown",
    source: "Cisco Secure Email 550 #5.1.0 Address rejected: LDAP says no such recipient",
  },
];
