// FAQ answers expanding in place under their hit, with the question whether the answer helped.
import { fetchChunk, sendFeedback } from './api.js';
import { text } from './dom.js';
import { state } from './state.js';

/** Shows or hides the answer of hit `index`, loading its full text the first time. */
export async function toggleAnswer(hit, index, toggle, answer) {
  const opening = answer.hidden;
  answer.hidden = !opening;
  toggle.setAttribute('aria-expanded', String(opening));
  toggle.textContent = opening ? 'Hide answer' : 'Show answer';
  if (!opening || answer.dataset.loaded) return;
  sendFeedback(state.query, hit, index, 'click'); // reading the answer in place is opening the hit
  answer.replaceChildren(text('p', 'Loading…', 'muted'));
  try {
    const chunk = await fetchChunk(hit.id);
    answer.replaceChildren();
    renderBody(chunk.text ?? '', answer);
    answer.append(helpfulQuestion(hit, index));
    answer.dataset.loaded = 'true';
  } catch {
    answer.replaceChildren(text('p', 'The answer could not be loaded. Open the article instead.', 'muted'));
  }
}

function helpfulQuestion(hit, index) {
  const box = document.createElement('div');
  box.className = 'helpful';
  box.setAttribute('role', 'group');
  const question = text('span', 'Did this answer your question?');
  question.id = `helpful-${index}`;
  box.setAttribute('aria-labelledby', question.id);
  box.append(question);
  for (const [label, kind] of [['Yes', 'helpful'], ['No', 'unhelpful']]) {
    const button = text('button', label, 'link-button');
    button.type = 'button';
    button.dataset.kind = kind;
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      sendFeedback(state.query, hit, index, kind);
      // The button goes away: the thanks that replaces it takes the focus, so the keyboard is not lost.
      const thanks = text('span', 'Thank you for telling us.', 'muted');
      thanks.tabIndex = -1;
      box.replaceChildren(thanks);
      thanks.focus();
    });
    box.append(' ', button);
  }
  return box;
}

/** Renders a chunk's plain-text body (blank-line paragraphs, "- " list items) into a container, as text only. */
function renderBody(bodyText, container) {
  for (const block of String(bodyText).trim().split(/\n\s*\n/)) {
    let list = null;
    let paragraph = [];
    const flush = () => {
      if (paragraph.length) {
        const p = document.createElement('p');
        p.textContent = paragraph.join(' ');
        container.append(p);
        paragraph = [];
      }
    };
    for (const line of block.split('\n')) {
      const item = /^(\s*)- (.*)$/.exec(line);
      if (item) {
        flush();
        if (!list) {
          list = document.createElement('ul');
          container.append(list);
        }
        const li = document.createElement('li');
        li.textContent = item[2].trim();
        if (item[1].length >= 2) li.className = 'nested';
        list.append(li);
      } else if (line.trim()) {
        list = null;
        paragraph.push(line.trim());
      }
    }
    flush();
  }
}
