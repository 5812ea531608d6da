/** Schema.org JSON-LD blocks of a page, flattened: every typed object, @graph items included. */

export const ARTICLE_TYPES = /^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|Recipe|VideoObject)$/;
/** Types that describe a page of many stories rather than one. */
export const COLLECTION_TYPES = /^(CollectionPage|ItemList|SearchResultsPage|WebSite|SiteNavigationElement|BreadcrumbList|Organization|NewsMediaOrganization|WebPage)$/;

type Json = Record<string, unknown>;

export interface JsonLdInfo {
  types: string[];
  /** The first article-typed object, if any. */
  article: Json | null;
}

function typesOf(obj: Json): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function collect(value: unknown, out: Json[], depth = 0): void {
  if (depth > 3 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) { for (const v of value) collect(v, out, depth + 1); return; }
  const obj = value as Json;
  if (obj['@type']) out.push(obj);
  if (Array.isArray(obj['@graph'])) collect(obj['@graph'], out, depth + 1);
  if (obj.mainEntity && typeof obj.mainEntity === 'object') collect(obj.mainEntity, out, depth + 1);
}

export function readJsonLd(doc: Document): JsonLdInfo {
  const objects: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      collect(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), objects);
    } catch { /* a broken block says nothing */ }
  }
  const types = objects.flatMap(typesOf);
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'VideoObject')) ?? null;
  return { types, article };
}

export function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Names of a schema.org author/publisher value (object, array of objects, or string). */
export function names(value: unknown): string[] {
  if (typeof value === 'string') return [value.trim()].filter(Boolean);
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object') return names((value as Json).name);
  return [];
}
