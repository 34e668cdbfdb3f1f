// The demo chat page: pick a demo person, talk to the bot as them through POST /local/messages; what the service
// pushes to them on its own (confirmation requests, reminders, digests) is polled from GET /local/inbox. Each
// person's conversation is kept apart (and across reloads, in this tab), so switching person loses nothing.
const log = document.getElementById('log');
const select = document.getElementById('person');
const form = document.getElementById('composer');
const input = document.getElementById('text');

const STORE_KEY = 'kjtpy-demo-history';
/** userId → { items: [{ text, who, at }], inboxAfter } */
const histories = new Map(Object.entries(JSON.parse(sessionStorage.getItem(STORE_KEY) ?? '{}')));

const clock = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function historyOf(userId) {
  if (!histories.has(userId)) histories.set(userId, { items: [], inboxAfter: null });
  return histories.get(userId);
}

function save() {
  sessionStorage.setItem(STORE_KEY, JSON.stringify(Object.fromEntries(histories)));
}

const LABELS = { notice: '系统推送', error: '' };

function render(item) {
  const bubble = document.createElement('div');
  bubble.className = `bubble ${item.who}`;
  if (LABELS[item.who]) {
    const tag = document.createElement('span');
    tag.className = 'tag';
    tag.textContent = LABELS[item.who];
    bubble.append(tag);
  }
  const body = document.createElement('div');
  body.className = 'text';
  body.textContent = item.text; // never innerHTML: replies are text
  bubble.append(body);
  if (item.at) {
    const time = document.createElement('time');
    time.dateTime = item.at;
    time.textContent = clock.format(Date.parse(item.at));
    bubble.append(time);
  }
  log.append(bubble);
}

/** Times come from the service (its clock), never from the browser's. */
function show(userId, text, who, at = null) {
  const item = { text, who, at };
  historyOf(userId).items.push(item);
  save();
  if (userId !== select.value) return;
  render(item);
  log.scrollTop = log.scrollHeight;
}

function renderAll() {
  log.replaceChildren();
  for (const item of historyOf(select.value).items) render(item);
  log.scrollTop = log.scrollHeight;
}

/** What went wrong, in words a user of the demo understands. */
function failure(status) {
  if (status === 0) return '网络连接失败，消息没有发出，请检查网络后重试。';
  if (status === 429) return '发送太快了，请稍等一会儿再发。';
  if (status === 413) return '消息太长了，请分几条发送。';
  if (status >= 500) return '服务暂时不可用，请稍后再试。';
  if (status === 400) return '消息没有发出：内容或格式不对，请修改后重试。';
  return `消息没有发出（错误 ${status}），请稍后重试。`;
}

async function loadPeople() {
  const response = await fetch('/local/people');
  if (!response.ok) throw new Error(failure(response.status));
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
  const userId = select.value;
  input.value = '';
  let response;
  try {
    response = await fetch('/local/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId, text }),
    });
  } catch {
    show(userId, text, 'me');
    show(userId, failure(0), 'error');
    return;
  }
  const body = await response.json().catch(() => null);
  show(userId, text, 'me', body?.at ?? null);
  if (!response.ok) {
    show(userId, failure(response.status), 'error');
    return;
  }
  for (const reply of body.replies) show(userId, reply.text, 'bot', body.at);
});

async function pollInbox() {
  const userId = select.value;
  if (!userId) return;
  const history = historyOf(userId);
  const query = new URLSearchParams({ userId, ...(history.inboxAfter ? { after: history.inboxAfter } : {}) });
  const response = await fetch(`/local/inbox?${query}`);
  if (!response.ok) return;
  const { messages } = await response.json();
  for (const message of messages) {
    history.inboxAfter = message.createdAt;
    show(userId, message.text, 'notice', message.createdAt);
  }
}

select.addEventListener('change', () => {
  renderAll();
  pollInbox().catch(() => {});
  input.focus();
});

loadPeople()
  .then(() => {
    renderAll();
    return pollInbox();
  })
  .catch(() => show(select.value || 'page', '无法加载演示人员，请刷新页面重试。', 'error'));
setInterval(() => pollInbox().catch(() => {}), 3000);
