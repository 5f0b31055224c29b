// A support agent's sign-in on the search page. The agent token is kept for this browser session only: in
// sessionStorage, sent as `Authorization: Bearer` with every API call, and in a session cookie limited to the article
// pages (which a link opens without a script), so that an internal hit's page opens too. Signing out forgets both.

const KEY = 'faq-index-agent';

/** The signed-in agent's token, or '' for the public. */
export function agentToken() {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** The headers that make a request an agent's: none for the public. */
export function agentHeaders() {
  const token = agentToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

function pageCookie(token) {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = token
    ? `${KEY}=${encodeURIComponent(token)}; Path=/articles; SameSite=Strict${secure}`
    : `${KEY}=; Path=/articles; SameSite=Strict; Max-Age=0${secure}`;
}

/** Checks `token` with the server and keeps it when it is an agent's; false when it is not. */
export async function signIn(token) {
  const response = await fetch('/api/featured?limit=1', { headers: { Authorization: `Bearer ${token}` } });
  if (response.status === 401) return false;
  if (!response.ok) throw new Error(String(response.status));
  sessionStorage.setItem(KEY, token);
  pageCookie(token);
  return true;
}

export function signOut() {
  sessionStorage.removeItem(KEY);
  pageCookie('');
}

/** Wires the page's sign-in form; `changed` runs after signing in or out (to search again as the new audience). */
export function bindAgentSignIn(changed) {
  const box = document.getElementById('agent');
  if (!box) return;
  const form = box.querySelector('form');
  const field = document.getElementById('agent-token');
  const message = document.getElementById('agent-message');
  const signedIn = document.getElementById('agent-signed-in');
  const show = () => {
    const agent = agentToken() !== '';
    form.hidden = agent;
    signedIn.hidden = !agent;
    if (agent) box.open = true; // an agent sees at a glance that internal pages are in the results
    document.body.classList.toggle('agent', agent);
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    const token = field.value.trim();
    if (!token) return;
    try {
      if (await signIn(token)) {
        field.value = '';
        show();
        changed();
      } else {
        message.textContent = 'That is not an agent token.';
      }
    } catch {
      message.textContent = 'The sign-in could not be checked; try again.';
    }
  });
  document.getElementById('agent-sign-out').addEventListener('click', () => {
    signOut();
    show();
    changed();
  });
  if (agentToken()) pageCookie(agentToken()); // the cookie follows the stored token, as in a tab restored
  show();
}
