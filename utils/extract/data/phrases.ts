/**
 * Phrases of page chrome, as data: Vietnamese and English, compared after `normalizePhrase`
 * (lower case, no diacritics, đ→d, punctuation as spaces). Add a language by adding its lines.
 */

/** A block whose whole text is one of these is an ad label or an ad's scroll prompt. */
export const AD_LABELS = [
  'quảng cáo', 'kéo xuống để xem tiếp nội dung', 'cuộn xuống để xem tiếp nội dung', 'nội dung quảng cáo',
  'advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'sponsor message', 'sponsored content', 'paid content',
  'story continues below advertisement', 'article continues below advertisement',
  'continue reading below', 'story continues below', 'article continues below', 'scroll to continue with content',
  'scroll to continue', 'skip advertisement', 'content continues below', 'promoted', 'advert', 'adverts',
  // Widget chrome that reads the same on every page.
  'skip to content', 'skip to main content', 'this slideshow requires javascript', 'caption', 'close', 'hide caption',
  'toggle caption', 'back to gallery', 'enlarge this image', 'expand', 'loading',
  'want more stories like this', 'tell us what you think', 'click to expand', 'đóng', 'phóng to', 'xem ảnh',
];

/** A short block starting with one of these is a notice about the site, not the story. */
export const NOTICE_LEADS = [
  'this website uses cookies', 'this site uses cookies', 'we use cookies', 'by using this site', 'by continuing to use',
  'website này sử dụng cookie', 'chúng tôi sử dụng cookie', 'every day we send an email',
];

/**
 * A block (or heading) starting with one of these introduces links to other stories:
 * removed when it is short or mostly links, and a heading also takes the list that follows it.
 */
export const TEASER_LEADS = [
  'xem thêm', 'tin liên quan', 'bài liên quan', 'tin cùng chuyên mục', 'cùng chuyên mục', 'tin khác', 'tin mới',
  'tin nổi bật', 'đọc thêm', 'đọc nhiều', 'xem nhiều', 'có thể bạn quan tâm', 'bạn có thể quan tâm', 'tin tức liên quan',
  'bài viết liên quan', 'video liên quan', 'mời quý độc giả', 'tin đọc nhiều', 'tin xem nhiều', 'bài đọc nhiều',
  'read more', 'related', 'related stories', 'related articles', 'related coverage', 'related content', 'related news',
  'more from', 'more on this', 'more stories', 'more news', 'see also', 'most read', 'most popular', 'most viewed',
  'trending', 'recommended', 'you may also like', 'you might also like', 'you may be interested', 'also read',
  'read also', 'read next', 'up next', 'what to read next', 'popular stories', 'top stories', 'latest news',
  'editor s picks', 'don t miss', 'more coverage', 'further reading', 'see more', 'watch', 'watch more', 'listen',
  'click here', 'xem video', 'xem clip',
];

/**
 * Lines that close a page rather than a story: copyright, re-publication, comment, share and sign-up prompts.
 * Beware words that lose their meaning without diacritics ("thẻ" becomes "the"): keep those out.
 */
export const TRAILER_LEADS = [
  'bản quyền', 'copyright', 'all rights reserved', 'ghi rõ nguồn', 'cấm sao chép', 'không được sao chép',
  'ý kiến bạn đọc', 'bình luận', 'gửi bình luận', 'viết bình luận', 'ý kiến của bạn', 'gửi ý kiến',
  'comments', 'comment', 'leave a comment', 'join the conversation', 'add a comment', 'show comments', 'view comments',
  'chia sẻ', 'share', 'share this', 'share this article', 'share this story', 'share on', 'follow us', 'follow',
  'theo dõi', 'đăng ký nhận', 'đăng ký', 'tải ứng dụng', 'tải app', 'sign up', 'subscribe', 'newsletter',
  'get the app', 'download the app', 'tags', 'tag', 'từ khóa', 'chủ đề', 'topics', 'filed under', 'more about',
  'like us on', 'sign up for', 'get our', 'support our journalism', 'we want to hear from you',
  'have a news tip', 'reprints', 'licensing', 'báo lỗi', 'in bài', 'print',
];

/** A leading symbol that marks a copyright or re-publication line in any language. */
export const TRAILER_SYMBOLS = /^[©®℗]/;

/** Source lines ("Theo ...") are not bylines unless nothing else names the author. */
export const SOURCE_LINE = /^(theo|nguồn|source|via)\b/i;
