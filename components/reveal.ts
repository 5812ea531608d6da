/** Scroll to the first use of an abbreviation in the article and flash it; false if it is not there. */
export function revealAbbreviation(body: HTMLElement, abbr: string): boolean {
  const first = [...body.querySelectorAll<HTMLElement>('abbr[title]')].find((mark) => mark.textContent === abbr);
  if (!first) return false;
  first.scrollIntoView({ block: 'center' });
  first.focus({ preventScroll: true });
  first.classList.add('gloss-flash');
  setTimeout(() => first.classList.remove('gloss-flash'), 2000);
  return true;
}
