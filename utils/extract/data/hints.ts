/**
 * class/id hints for blocks that are not the story. Readability drops class attributes, so
 * `premark.ts` reads these on the clone before it runs and leaves a data attribute behind.
 * Words are matched as whole tokens of class/id names split on - _ and spaces, or by prefix.
 */

/** Tokens that name chrome by themselves. */
export const DROP_TOKENS = [
  'related', 'relate', 'lienquan', 'tinlienquan', 'relatednews', 'readmore', 'read-more', 'morenews', 'more-news',
  'mostread', 'most-read', 'mostpopular', 'popular', 'trending', 'recommend', 'recommended', 'recommendations',
  'share', 'sharing', 'sharebar', 'social', 'socials', 'follow', 'newsletter', 'subscribe', 'subscription', 'signup',
  'app-promo', 'promo', 'advert', 'advertisement', 'ads', 'adv', 'ad', 'banner', 'sponsor', 'sponsored', 'outbrain',
  'taboola', 'tags', 'tag', 'keywords', 'tag-list', 'taglist', 'author-box', 'authorbox', 'author-bio', 'bio',
  'comment', 'comments', 'binhluan', 'breadcrumb', 'breadcrumbs', 'copyright', 'print', 'toolbar', 'rating',
  'nav', 'navigation', 'footer', 'sidebar', 'aside', 'widget', 'cungchuyenmuc', 'box-news', 'teaser', 'teasers',
];

/** Tokens that name story parts: a node carrying one is never dropped by hints. */
export const KEEP_TOKENS = [
  'article', 'body', 'content', 'story', 'entry', 'post', 'detail', 'main', 'text', 'caption', 'figure',
  'sapo', 'lead', 'summary', 'description', 'chapeau', 'intro', 'standfirst', 'dek',
];

/** Roles and tags that are chrome whatever their class. */
export const DROP_ROLES = ['navigation', 'complementary', 'banner', 'contentinfo', 'search'];
