// The demo chat page: pick a demo person, talk to the bot as them through POST /local/messages; what the service
// pushes to them on its own (confirmation requests, reminders, digests) is polled from GET /local/inbox.
const log = document.getElementById('log');
const select = document.getElementById('person');
const form = document.getElementById('composer');
const input = document.getElementById('text');

function show(text, who) {
  const bubble = document.createElement('div');
  bubble.className = `bubble ${who}`;
  bubble.textContent = text; // never innerHTML: replies are text
  log.append(bubble);
  log.scrollTop = log.scrollHeight;
}

async function loadPeople() {
  const response = await fetch('/local/people');
  const { people } = await response.json();
  for (const person of people) {
    const option = document.createElement('option');
    option.value = person.userId;
    option.textContent = `${person.name}（${person.roleLabel}）`;
    select.append(option);
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  show(text, 'me');
  input.value = '';
  try {
    const response = await fetch('/local/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: select.value, text }),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error?.message ?? response.statusText);
    for (const reply of body.replies) show(reply.text, 'bot');
  } catch (error) {
    show(`发送失败：${error.message}`, 'error');
  }
});

let inboxAfter = null;

async function pollInbox() {
  if (!select.value) return;
  const userId = select.value;
  const query = new URLSearchParams({ userId, ...(inboxAfter ? { after: inboxAfter } : {}) });
  const response = await fetch(`/local/inbox?${query}`);
  if (!response.ok || userId !== select.value) return;
  const { messages } = await response.json();
  for (const message of messages) {
    show(message.text, 'notice');
    inboxAfter = message.createdAt;
  }
}

select.addEventListener('change', () => {
  log.replaceChildren();
  inboxAfter = null;
  pollInbox().catch(() => {});
});

loadPeople()
  .then(() => pollInbox())
  .catch((error) => show(`无法加载演示人员：${error.message}`, 'error'));
setInterval(() => pollInbox().catch(() => {}), 3000);
