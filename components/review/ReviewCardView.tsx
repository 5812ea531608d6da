import { t } from '@/utils/i18n';
import { RATINGS, type ReviewCard, type ReviewRating } from '@/utils/review/schedule';

const RATING_KEYS: Record<ReviewRating, string> = { 1: 'reviewAgain', 2: 'reviewHard', 3: 'reviewGood', 4: 'reviewEasy' };

interface Props {
  card: ReviewCard;
  flipped: boolean;
  onFlip: () => void;
  onRate: (rating: ReviewRating) => void;
}

/** One review card: the abbreviation; once flipped, its meaning and the sentence it was met in, and the four ratings. */
export function ReviewCardView({ card, flipped, onFlip, onRate }: Props) {
  return (
    <>
      <section class="rv-card" data-testid="review-card" data-abbr={card.abbr} data-flipped={String(flipped)} aria-live="polite">
        <p class="rv-front" lang="vi">{card.abbr}</p>
        {flipped && (
          <>
            <p class="rv-back" data-testid="review-back" lang="vi">{card.back || t('notebookNoMeaning')}</p>
            {card.sentence && <p class="rv-sentence" lang="vi">{card.sentence}</p>}
          </>
        )}
      </section>
      {flipped
        ? (
          <div class="rv-actions" role="group" aria-label={t('reviewRateLabel')}>
            {RATINGS.map((r) => (
              <button key={r} type="button" data-testid={`review-rate-${r}`} onClick={() => onRate(r)}>
                <kbd>{r}</kbd> {t(RATING_KEYS[r])}
              </button>
            ))}
          </div>
        )
        : (
          <div class="rv-actions">
            <button type="button" data-testid="review-flip" onClick={onFlip}>{t('reviewShow')}</button>
          </div>
        )}
    </>
  );
}
