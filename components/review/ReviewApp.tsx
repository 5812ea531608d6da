import { useEffect, useRef, useState } from 'preact/hooks';
import { askBackground } from '@/utils/background-client';
import { formatDate, t } from '@/utils/i18n';
import { readCards } from '@/utils/review/cards-store';
import { dueCards, type ReviewCard, type ReviewRating } from '@/utils/review/schedule';
import { ReviewCardView } from './ReviewCardView';

type Session = { status: 'loading' } | { status: 'ready'; queue: ReviewCard[]; all: number; nextDue: number | null };

/**
 * review.html: the cards due now, one at a time. Space (or the button) shows the answer; 1–4 (or
 * the buttons) rate it: Again, Hard, Good, Easy. FSRS (in the background) sets when it comes back.
 */
export function ReviewApp() {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  const [index, setIndex] = useState(0);
  const [flipped, setFlipped] = useState(false);
  const [error, setError] = useState(false);
  // One rating at a time: a second key press before the answer comes back must not rate the card twice.
  const rating = useRef(false);

  useEffect(() => {
    void readCards().then((cards) => {
      const now = Date.now();
      const queue = dueCards(cards.values(), now);
      const later = [...cards.values()].filter((c) => c.fsrs.due > now).map((c) => c.fsrs.due);
      setSession({ status: 'ready', queue, all: cards.size, nextDue: later.length ? Math.min(...later) : null });
    });
  }, []);

  const queue = session.status === 'ready' ? session.queue : [];
  const card = queue[index] as ReviewCard | undefined;

  async function rate(value: ReviewRating) {
    if (!card || !flipped || rating.current) return;
    rating.current = true;
    const result = await askBackground({ type: 'review.rate', abbr: card.abbr, rating: value }).finally(() => { rating.current = false; });
    if (!('ok' in result) || !result.ok) return setError(true);
    setError(false);
    if (session.status === 'ready' && (session.nextDue === null || result.card.fsrs.due < session.nextDue)) {
      setSession({ ...session, nextDue: result.card.fsrs.due });
    }
    setFlipped(false);
    setIndex((i) => i + 1);
  }

  // The key handler is registered once and reads the card and side shown from this ref, set at each
  // render: a key pressed before an effect could re-register it still acts on what is on screen.
  const live = useRef({ card, flipped, rate });
  live.current = { card, flipped, rate };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const now = live.current;
      if (event.altKey || event.ctrlKey || event.metaKey || !now.card) return;
      if (event.key === ' ' && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        setFlipped((f) => !f);
      } else if (now.flipped && ['1', '2', '3', '4'].includes(event.key)) {
        event.preventDefault();
        void now.rate(Number(event.key) as ReviewRating);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const total = queue.length;
  const done = Math.min(index, total);
  return (
    <main class="rv">
      <header class="rv-header">
        <h1>{t('reviewTitle')}</h1>
        <a href="/notebook.html">{t('reviewBackToNotebook')}</a>
      </header>
      {session.status === 'loading' && <p role="status" aria-busy="true">{t('notebookLoading')}</p>}
      {session.status === 'ready' && total > 0 && (
        <>
          <div class="rv-progress" role="progressbar" aria-label={t('reviewProgressLabel')} aria-valuemin={0} aria-valuemax={total}
            aria-valuenow={done} data-testid="review-progress">
            <span style={{ width: `${(100 * done) / total}%` }} />
          </div>
          <p class="rv-progress-text" aria-live="polite">{t('reviewProgress', [String(done), String(total)])}</p>
        </>
      )}
      {card && <ReviewCardView card={card} flipped={flipped} onFlip={() => setFlipped(true)} onRate={(r) => void rate(r)} />}
      {card && <p class="rv-keys">{t('reviewKeys')}</p>}
      {error && <p role="alert" class="nb-error">{t('reviewFailed')}</p>}
      {session.status === 'ready' && !card && (
        <div class="nb-empty" data-testid={session.all === 0 ? 'review-empty' : 'review-done'}>
          <p>{session.all === 0 ? t('reviewEmpty') : t('reviewDone', String(done))}</p>
          {session.all > 0 && session.nextDue !== null && <p>{t('reviewNext', formatDate(new Date(session.nextDue).toISOString()) ?? '')}</p>}
          <a href="/notebook.html">{t('reviewBackToNotebook')}</a>
        </div>
      )}
    </main>
  );
}
