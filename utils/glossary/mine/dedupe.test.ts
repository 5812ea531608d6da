import { describe, expect, it } from 'vitest';
import { CopyIndex, sentenceHashes } from './dedupe.ts';

const article = [
  'Tỉnh ủy Thanh Hóa họp bàn kế hoạch phát triển kinh tế - xã hội năm tới',
  'Sáng 12/3, Ủy ban nhân dân (UBND) tỉnh Thanh Hóa tổ chức hội nghị triển khai nhiệm vụ năm 2018.',
  'Phát biểu tại hội nghị, Chủ tịch UBND tỉnh yêu cầu các sở, ngành đẩy nhanh tiến độ giải ngân vốn đầu tư công.',
  'Năm qua, tốc độ tăng trưởng kinh tế của tỉnh đạt 10,3%, cao nhất từ trước đến nay theo báo cáo của Cục Thống kê.',
].join('\n');

describe('mining: copies across corpora', () => {
  it('hashes long sentences only, folded past tone placement, spacing and punctuation', () => {
    expect(sentenceHashes('Ngắn. Cũng ngắn.')).toEqual([]);
    const respaced = article.replace(/hòa|Hóa/g, (m) => (m === 'Hóa' ? 'Hoá' : 'hoà')).replace(/,/g, ' ,').replace(/ /g, '  ');
    expect(sentenceHashes(respaced)).toEqual(sentenceHashes(article));
    expect(sentenceHashes(article)).toHaveLength(4);
  });
  it('finds a copy, and not an article sharing one boilerplate sentence', () => {
    const index = new CopyIndex();
    index.add(7, sentenceHashes(article));
    const copy = article.split('\n').slice(0, 3).join('\n') + '\nMột đoạn mới được thêm vào bài viết khi đăng lại trên trang tổng hợp tin tức.';
    expect(index.copyOf(sentenceHashes(copy), 0.5)).toBe(7);
    const other = [
      'Sáng 12/3, Ủy ban nhân dân (UBND) tỉnh Thanh Hóa tổ chức hội nghị triển khai nhiệm vụ năm 2018.',
      'Bộ Giáo dục và Đào tạo (GD&ĐT) vừa công bố phương án tuyển sinh đại học năm nay với nhiều điểm mới.',
      'Theo đó, thí sinh được đăng ký nguyện vọng không giới hạn số lượng trên hệ thống trực tuyến của Bộ.',
    ].join('\n');
    expect(index.copyOf(sentenceHashes(other), 0.5)).toBe(-1);
    expect(index.copyOf(sentenceHashes(other), 0.3)).toBe(-1); // one shared sentence is not enough
    expect(index.copyOf([], 0.3)).toBe(-1);
  });
});
