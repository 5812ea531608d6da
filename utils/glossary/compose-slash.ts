/**
 * Codes with a slash (data/compose-party.ts): the Party's TYPE/ISSUER (CV/TW = Công văn - Trung ương) and the
 * state's older ISSUER/TYPE, also written ISSUER-TYPE or glued (VH/QĐ, VHQĐ = Văn hóa - Quyết định).
 * `slashJoins` lets the finder keep such a pair whole (it cuts every other "/": 15/2020/NĐ-CP is a number, a year
 * and a code); the composer reads it part by part. Both sides must be in the tables: USD/VND stays two forms.
 */
import { DOC_TYPES, ISSUERS, ISSUER_FIELDS, ISSUER_PREFIXES } from './data/compose-codes.ts';
import { GLUED_TYPES, LEGACY_ISSUERS, PARTY_ISSUERS } from './data/compose-party.ts';
import type { Part } from './compose.ts';

/** A state issuer: written whole (UBND) or a prefix and a field (BYT = Bộ Y tế, SGDĐT = Sở Giáo dục và Đào tạo). */
export function issuerName(key: string): string | null {
  const whole = ISSUERS[key];
  if (whole) return whole;
  const prefix = ISSUER_PREFIXES[key[0]];
  const field = ISSUER_FIELDS[key.slice(1)];
  return prefix && field && field.prefixes.includes(key[0]) ? prefix + ' ' + field.name : null;
}

const stateOrParty = (key: string): string | null => PARTY_ISSUERS[key] ?? issuerName(key);
const legacyIssuer = (key: string): string | null => LEGACY_ISSUERS[key] ?? issuerName(key);

/** Do the grouping keys `left` and `right` make one code when written left/right? */
export function slashJoins(left: string, right: string): boolean {
  return (DOC_TYPES[left] !== undefined && stateOrParty(right) !== null)
    || (DOC_TYPES[right] !== undefined && legacyIssuer(left) !== null);
}

/** CV/TW, VH/QĐ, VH-QĐ (an issuer first: the state's older order), VHQĐ; null for anything else. */
export function composeSlashCode(parts: Part[]): string | null {
  if (parts.length === 1) return composeGlued(parts[0].key);
  if (parts.length > 2) return composeJointIssuers(parts);
  if (parts.length !== 2) return null;
  const [a, b] = parts;
  if (b.joiner === '/' && DOC_TYPES[a.key] && stateOrParty(b.key)) return DOC_TYPES[a.key] + ' - ' + stateOrParty(b.key);
  if ((b.joiner === '/' || b.joiner === '-') && DOC_TYPES[b.key] && !DOC_TYPES[a.key]) {
    const issuer = legacyIssuer(a.key);
    if (issuer) return issuer + ' - ' + DOC_TYPES[b.key];
  }
  return null;
}

/** TTLT/BCA-VKSNDTC-TANDTC: a type, a slash, then issuers joined by hyphens (a joint document). */
function composeJointIssuers(parts: Part[]): string | null {
  const type = DOC_TYPES[parts[0].key];
  if (!type || parts[1].joiner !== '/') return null;
  const out = [type];
  for (let k = 1; k < parts.length; k++) {
    const issuer = stateOrParty(parts[k].key);
    if (!issuer || out.includes(issuer) || (k > 1 && parts[k].joiner !== '-')) return null;
    out.push(issuer);
  }
  return out.join(' - ');
}

function composeGlued(key: string): string | null {
  for (const type of GLUED_TYPES) {
    if (key.length <= type.length || !key.endsWith(type)) continue;
    const issuer = LEGACY_ISSUERS[key.slice(0, key.length - type.length)];
    if (issuer) return issuer + ' - ' + DOC_TYPES[type];
  }
  return null;
}
