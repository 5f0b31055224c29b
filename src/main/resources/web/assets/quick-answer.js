// The answer card above the results: the sentence or two of the best hit that answer the question, with a link to
// read it in its article, when the server found the best hit likely enough to answer (`answer` in /api/search);
// otherwise a plain line saying no direct answer was found, above the closest matches.
import { quickAnswer, text } from './dom.js';
import { safeHref, withHighlight } from './links.js';
import { snippetFragment } from './snippets.js';
import { state } from './state.js';

/** Shows the answer of a first page of results, or says there is none; hides the card when nothing matched. */
export function renderQuickAnswer(data) {
  quickAnswer.replaceChildren();
  const hits = Array.isArray(data.hits) ? data.hits : [];
  const answer = data.answer && typeof data.answer === 'object' ? data.answer : null;
  quickAnswer.hidden = !answer && hits.length === 0;
  quickAnswer.classList.toggle('no-answer', !answer);
  if (quickAnswer.hidden) return;
  if (!answer) {
    quickAnswer.append(text('p', 'No direct answer found. These are the closest matches.', 'quick-answer-none'));
    return;
  }
  quickAnswer.append(text('h3', 'Answer', 'quick-answer-label')); // a heading: screen readers can jump to it
  const body = document.createElement('p');
  body.className = 'quick-answer-text';
  body.append(snippetFragment(typeof answer.html === 'string' ? answer.html : ''));
  quickAnswer.append(body);
  const source = hits.find((hit) => hit.id === answer.id);
  const href = withHighlight(safeHref(answer.url), state.query);
  if (href) {
    const link = text('a', source?.title ? `Read more: ${source.title}` : 'Read more', 'quick-answer-link');
    link.href = href;
    quickAnswer.append(link);
  }
}

/** Hides the card (no query). */
export function hideQuickAnswer() {
  quickAnswer.replaceChildren();
  quickAnswer.hidden = true;
}
