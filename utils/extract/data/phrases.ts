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
  'image copyright', 'image caption', 'media caption', 'image source', 'media playback is unsupported on your device',
  'text size', 'loading content', 'post comment', 'getty images', 'view gallery', 'view image', 'open gallery',
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
  'click here', 'xem video', 'xem clip', 'more',
  // Portuguese, Spanish, French, German, Russian.
  'leia também', 'veja também', 'leia mais', 'notícias relacionadas', 'artigos relacionados', 'mais lidas',
  'lee también', 'ver también', 'noticias relacionadas', 'artículos relacionados', 'más leídas',
  'lire aussi', 'à lire aussi', 'voir aussi', 'articles similaires', 'sur le même sujet',
  'lesen sie auch', 'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren',
  'читайте также', 'похожие статьи', 'самые популярные', 'популярное', 'смотрите также',
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

/**
 * Words a date/time line is made of (besides numbers and punctuation), lower case, with diacritics:
 * month and weekday names, time words,
 * dateline verbs. A short line made only of these, numbers and separators dates the story.
 */
export const DATE_WORDS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'published', 'updated', 'posted', 'last updated', 'modified', 'first published', 'original', 'originally published',
  'on', 'at', 'ago', 'day', 'days', 'hour', 'hours', 'hr', 'hrs', 'minute', 'minutes', 'min', 'mins', 'week', 'weeks',
  'today', 'yesterday', 'am', 'pm', 'a.m.', 'p.m.', 'the',
  'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'hst', 'akst', 'gmt', 'utc', 'bst', 'cet', 'cest', 'ict', 'ist', 'jst', 'aest', 'et', 'ct', 'pt',
  // Portuguese, Spanish, French, German, Italian.
  'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'feira', 'janeiro', 'fevereiro', 'março', 'abril',
  'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro', 'de', 'do', 'às', 'publicado', 'atualizado', 'atualizado em', 'publicado em',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'enero', 'febrero', 'marzo', 'mayo', 'junio', 'julio', 'septiembre',
  'octubre', 'noviembre', 'diciembre', 'del', 'a las', 'publicado el', 'actualizado',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril', 'mai',
  'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'le', 'à', 'publié le', 'mis à jour',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'januar', 'februar', 'märz', 'juni',
  'juli', 'oktober', 'dezember', 'um', 'uhr', 'veröffentlicht', 'aktualisiert', 'am',
  // Vietnamese.
  'thứ', 'chủ nhật', 'ngày', 'tháng', 'năm', 'lúc', 'giờ', 'cập nhật', 'đăng', 'ngày đăng', 'hai', 'ba', 'tư', 'sáu', 'bảy',
];
