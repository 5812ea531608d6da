// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { useReadAloud } from '@/hooks/use-read-aloud';
import { readableBlocks, splitUtterance, utteranceText } from '@/utils/speech/paragraphs';
import { chooseVoice, languageName, type VoiceLike } from '@/utils/speech/voice';

function body(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('readableBlocks', () => {
  it('lists paragraphs, headings and list items in order, each text once', () => {
    const root = body(`<h2>Tiêu đề</h2><p>Một.</p><ul><li>Hai</li><li><p>Ba</p><p>Bốn</p></li></ul>
      <blockquote><p>Năm</p></blockquote><figure><img alt=""><figcaption>Sáu</figcaption></figure><p>  </p>`);
    expect(readableBlocks(root).map((el) => el.textContent)).toEqual(['Tiêu đề', 'Một.', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu']);
  });

  it('skips hidden blocks and reads bare text as one paragraph', () => {
    expect(readableBlocks(body('<p hidden>x</p><p aria-hidden="true">y</p><p>z</p>')).map((el) => el.textContent)).toEqual(['z']);
    const bare = body('Chỉ có chữ.');
    expect(readableBlocks(bare)).toEqual([bare]);
    expect(readableBlocks(body('<p> </p>'))).toEqual([]);
  });
});

describe('utteranceText', () => {
  it('reads each abbreviation as its expansion', () => {
    const p = body('<p>Chủ tịch <abbr title="Ủy ban nhân dân">UBND</abbr> tỉnh gặp <abbr title="Tổ chức Y tế Thế giới">WHO</abbr>.</p>').firstElementChild!;
    expect(utteranceText(p)).toBe('Chủ tịch Ủy ban nhân dân tỉnh gặp Tổ chức Y tế Thế giới.');
  });

  it('keeps an abbreviation with no known meaning as written', () => {
    const p = body('<p>Ông <abbr>BTH</abbr> và <abbr title="">XYZ</abbr> nói.</p>').firstElementChild!;
    expect(utteranceText(p)).toBe('Ông BTH và XYZ nói.');
  });

  it('says an expansion once where the article writes it beside the abbreviation', () => {
    const defined = body('<p>Ủy ban nhân dân (<abbr title="Ủy ban nhân dân">UBND</abbr>) tỉnh họp.</p>').firstElementChild!;
    expect(utteranceText(defined)).toBe('Ủy ban nhân dân tỉnh họp.');
    // Spelled out at first use by ArticleBody: "UBND (Ủy ban nhân dân)".
    const spelled = body('<p><abbr title="Ủy ban nhân dân">UBND</abbr> (Ủy ban nhân dân) tỉnh họp.</p>').firstElementChild!;
    expect(utteranceText(spelled)).toBe('Ủy ban nhân dân tỉnh họp.');
  });

  it('skips hidden and script content, and separates words at <br>', () => {
    const p = body('<p>Một<br>hai<span aria-hidden="true">ẩn</span><span data-speech="skip">bỏ</span><script>x()</script> ba</p>').firstElementChild!;
    expect(utteranceText(p)).toBe('Một hai ba');
  });
});

describe('splitUtterance', () => {
  it('keeps short text whole and splits long text at sentence ends', () => {
    expect(splitUtterance('Ngắn thôi.')).toEqual(['Ngắn thôi.']);
    const text = 'Câu một dài dòng. Câu hai cũng dài! Câu ba thì sao? Câu bốn.';
    const chunks = splitUtterance(text, 30);
    expect(chunks.join(' ')).toBe(text);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(30);
    expect(chunks[0]).toBe('Câu một dài dòng.');
  });

  it('does not split inside "TP.HCM" or "3.5", and breaks an overlong sentence at commas or words', () => {
    expect(splitUtterance('TP.HCM tăng 3.5 phần trăm.', 40)).toEqual(['TP.HCM tăng 3.5 phần trăm.']);
    const long = 'một, hai, ba, bốn, năm, sáu, bảy, tám, chín, mười';
    const chunks = splitUtterance(long, 12);
    expect(chunks.join(' ')).toBe(long);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(12);
    expect(splitUtterance('')).toEqual([]);
  });
});

describe('chooseVoice', () => {
  const voice = (lang: string, name = lang, extra: Partial<VoiceLike> = {}): VoiceLike => ({ lang, name, localService: true, ...extra });
  const voices = [voice('en-GB'), voice('en-US', 'US remote', { localService: false }), voice('en-US', 'US local'), voice('fr-FR'), voice('vi-VN')];

  it('takes the exact language and region, preferring a local voice', () => {
    expect(chooseVoice(voices, 'en-US')?.name).toBe('US local');
    expect(chooseVoice(voices, 'vi')?.lang).toBe('vi-VN');
  });

  it('falls back from a region to the bare language, then to another region', () => {
    expect(chooseVoice([voice('en-GB'), voice('en')], 'en-US')?.lang).toBe('en');
    expect(chooseVoice([voice('fr-FR'), voice('en-GB')], 'en-US')?.lang).toBe('en-GB');
  });

  it('matches whatever case or separator the platform reports', () => {
    expect(chooseVoice([voice('VI_vn')], 'vi-VN')?.lang).toBe('VI_vn');
  });

  it('prefers the system default among equals', () => {
    expect(chooseVoice([voice('vi-VN', 'a'), voice('vi-VN', 'b', { default: true })], 'vi')?.name).toBe('b');
  });

  it('gives no voice rather than one for another language', () => {
    expect(chooseVoice(voices.filter((v) => !v.lang.startsWith('vi')), 'vi')).toBeNull();
    expect(chooseVoice([], 'en')).toBeNull();
    expect(chooseVoice(voices, null)).toBeNull();
    expect(chooseVoice([voice('')], 'en')).toBeNull();
  });
});

describe('languageName', () => {
  it('names the language for the message, or falls back to the code', () => {
    expect(languageName('vi', 'en')).toBe('Vietnamese');
    expect(languageName('not a tag!', 'en')).toBe('not a tag!');
  });
});

describe('useReadAloud', () => {
  /** A speech engine that speaks only when the test says an utterance has ended. */
  class FakeUtterance {
    voice: unknown = null; lang = ''; rate = 1;
    onend: (() => void) | null = null;
    onerror: ((event: { error: string }) => void) | null = null;
    constructor(public text: string) {}
  }
  function fakeSynth(voices: VoiceLike[]) {
    const spoken: FakeUtterance[] = [];
    const synth = {
      spoken, paused: false,
      getVoices: () => voices,
      speak: (u: FakeUtterance) => spoken.push(u),
      cancel: vi.fn(), pause: vi.fn(), resume: vi.fn(),
      addEventListener: () => undefined, removeEventListener: () => undefined,
    };
    vi.stubGlobal('speechSynthesis', synth);
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    return synth;
  }

  async function mount(lang: string) {
    const container = document.createElement('div');
    document.body.append(container);
    const state: { current?: ReturnType<typeof useReadAloud> } = {};
    function Harness() {
      const root = useRef<HTMLDivElement>(null);
      state.current = useReadAloud(root, lang, 1.5);
      return h('div', { ref: root }, h('div', { 'data-testid': 'reader-article' },
        h('p', null, 'Họp ', h('abbr', { title: 'Ủy ban nhân dân' }, 'UBND'), ' tỉnh.'), h('p', null, 'Hết.')));
    }
    await act(() => render(h(Harness, null), container));
    return { state, container, unmount: () => act(() => render(null, container)) };
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('reads paragraph by paragraph in a voice for the language, highlighting the one being read', async () => {
    const synth = fakeSynth([{ lang: 'en-US', name: 'en' }, { lang: 'vi-VN', name: 'vi' }]);
    const { state, container, unmount } = await mount('vi');
    await act(() => state.current!.start());
    expect(state.current!.status).toBe('playing');
    expect(synth.spoken.map((u) => [u.text, (u.voice as VoiceLike).name, u.rate])).toEqual([['Họp Ủy ban nhân dân tỉnh.', 'vi', 1.5]]);
    const highlighted = () => [...container.querySelectorAll('.gloss-speaking')].map((el) => el.textContent);
    expect(highlighted()).toEqual(['Họp UBND tỉnh.']);
    await act(() => synth.spoken[0].onend!());
    expect(synth.spoken[1].text).toBe('Hết.');
    expect(highlighted()).toEqual(['Hết.']);
    await act(() => synth.spoken[1].onend!());
    expect(state.current!.status).toBe('idle');
    expect(highlighted()).toEqual([]);
    await unmount();
  });

  it('says there is no voice instead of reading Vietnamese with an English one', async () => {
    const synth = fakeSynth([{ lang: 'en-US', name: 'en' }]);
    const { state, unmount } = await mount('vi');
    await act(() => state.current!.start());
    expect(state.current!.status).toBe('no-voice');
    expect(synth.spoken).toEqual([]);
    await unmount();
  });

  it('pauses, resumes, and stops speaking when stopped or when the reader closes', async () => {
    const synth = fakeSynth([{ lang: 'vi-VN', name: 'vi' }]);
    const { state, container, unmount } = await mount('vi');
    await act(() => state.current!.start());
    await act(() => state.current!.pause());
    expect([state.current!.status, synth.pause.mock.calls.length]).toEqual(['paused', 1]);
    await act(() => state.current!.resume());
    expect([state.current!.status, synth.resume.mock.calls.length]).toEqual(['playing', 1]);
    await act(() => state.current!.stop());
    expect(state.current!.status).toBe('idle');
    expect(container.querySelector('.gloss-speaking')).toBeNull();
    // An utterance dropped by cancel() ending late must not start the next paragraph.
    await act(() => synth.spoken[0].onend!());
    expect(synth.spoken).toHaveLength(1);
    await act(() => state.current!.start());
    const cancels = synth.cancel.mock.calls.length;
    await unmount();
    expect(synth.cancel.mock.calls.length).toBe(cancels + 1);
  });
});

describe('voices and privacy', () => {
  it('never picks a network voice, even when it is the only one for the language', () => {
    const network = { lang: 'vi-VN', name: 'Google Tiếng Việt', localService: false };
    expect(chooseVoice([network], 'vi')).toBeNull();
    const local = { lang: 'vi-VN', name: 'Linh', localService: true };
    expect(chooseVoice([network, local], 'vi')).toBe(local);
  });
});
