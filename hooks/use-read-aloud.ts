import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { readableBlocks, splitUtterance, utteranceText } from '@/utils/speech/paragraphs';
import { chooseVoice } from '@/utils/speech/voice';

export type ReadAloudStatus = 'idle' | 'loading' | 'playing' | 'paused' | 'no-voice' | 'unsupported' | 'error';

/** The class on the paragraph being read (styled in reader-view.css). */
export const SPEAKING_CLASS = 'gloss-speaking';
// Chrome fills getVoices() asynchronously; a system with no voices never fires voiceschanged.
const VOICE_WAIT_MS = 1500;

interface Session {
  blocks: HTMLElement[];
  index: number;
  voice: SpeechSynthesisVoice;
}

function loadVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, VOICE_WAIT_MS);
    synth.addEventListener('voiceschanged', done);
  });
}

/** Keep the paragraph being read in view, scrolling only the reader (never the page under the overlay). */
function reveal(el: HTMLElement, root: HTMLElement) {
  const rect = el.getBoundingClientRect();
  if (rect.top >= 80 && rect.bottom <= window.innerHeight - 40) return;
  const top = rect.top - window.innerHeight / 3;
  const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  if (root.scrollHeight > root.clientHeight + 1) root.scrollBy({ top, behavior });
  else window.scrollBy({ top, behavior });
}

/**
 * Read the article aloud paragraph by paragraph with the Web Speech API, highlighting the
 * paragraph being read. `root` is the reader; paragraphs are found in its article body after render.
 */
export function useReadAloud(root: RefObject<HTMLElement | null>, lang: string, rate: number) {
  const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  const [status, setStatus] = useState<ReadAloudStatus>(synth ? 'idle' : 'unsupported');
  const session = useRef<Session | null>(null);
  // Chrome drops events of utterances nothing references any more.
  const utterance = useRef<SpeechSynthesisUtterance | null>(null);
  const rateRef = useRef(rate);
  rateRef.current = rate;

  const mark = (el: HTMLElement | null) => {
    root.current?.querySelectorAll(`.${SPEAKING_CLASS}`).forEach((old) => old.classList.remove(SPEAKING_CLASS));
    if (el && root.current) {
      el.classList.add(SPEAKING_CLASS);
      reveal(el, root.current);
    }
  };

  const silence = () => {
    session.current = null;
    utterance.current = null;
    synth?.cancel();
    // Chrome keeps a paused engine paused after cancel(), and would never speak again.
    if (synth?.paused) synth.resume();
    mark(null);
  };

  const end = useCallback((next: ReadAloudStatus) => {
    silence();
    setStatus(next);
  }, []);

  /** Speak paragraph `s.index` from its first utterance, then go on to the next. */
  const speakFrom = (s: Session) => {
    const el = s.blocks[s.index];
    if (!el) return end('idle');
    mark(el);
    const chunks = splitUtterance(utteranceText(el));
    const say = (i: number) => {
      if (session.current !== s) return; // stopped, or restarted at another speed
      if (i >= chunks.length) {
        s.index += 1;
        return speakFrom(s);
      }
      const u = new SpeechSynthesisUtterance(chunks[i]);
      u.voice = s.voice;
      u.lang = s.voice.lang;
      u.rate = rateRef.current;
      u.onend = () => say(i + 1);
      u.onerror = (event) => {
        // cancel() reports the utterances it drops as errors: those are ours, not failures.
        if (session.current !== s || event.error === 'interrupted' || event.error === 'canceled') return;
        end('error');
      };
      utterance.current = u;
      synth!.speak(u);
    };
    say(0);
  };

  const start = useCallback(async () => {
    if (!synth) return setStatus('unsupported');
    end('loading');
    const voice = chooseVoice(await loadVoices(synth), lang);
    if (!voice) return setStatus('no-voice');
    const body = root.current?.querySelector<HTMLElement>('[data-testid=reader-article]');
    const blocks = body ? readableBlocks(body) : [];
    if (blocks.length === 0) return setStatus('idle');
    const s: Session = { blocks, index: 0, voice };
    session.current = s;
    setStatus('playing');
    speakFrom(s);
  }, [lang]);

  const pause = useCallback(() => {
    synth?.pause();
    setStatus('paused');
  }, []);
  const resume = useCallback(() => {
    synth?.resume();
    setStatus('playing');
  }, []);
  const stop = useCallback(() => end('idle'), []);

  // A new speed takes effect at once: the current paragraph starts again at that speed.
  useEffect(() => {
    const s = session.current;
    if (!s || status !== 'playing') return;
    const restarted = { ...s };
    session.current = restarted;
    synth?.cancel();
    speakFrom(restarted);
  }, [rate]);

  // Closing the reader stops the voice too.
  useEffect(() => () => {
    if (session.current) silence();
  }, []);

  return { status, start, pause, resume, stop };
}
