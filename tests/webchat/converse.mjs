// A real Bot Framework client for the tests: Bot Framework Web Chat, in headless Chromium, talks through
// offline-directline (a local Direct Line service) to the bot. offline-directline posts activities to --bot without a
// token; the test points --bot at the fake Bot Framework's channel service, which signs them as Azure would.
//
//   node converse.mjs --bot <url> --say "<text>" --expect "<text in the answer>" [--press "<button title>" --expect "<…>"]…
//
// Steps run in order; each --say or --press is answered by the next --expect. Prints the transcript as JSON lines on
// stdout and exits 0 when every expectation was seen rendered in Web Chat, 1 otherwise.
import express from 'express';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const { getRouter } = require('offline-directline');

// Web Chat marks the user's messages; everything else in the transcript came from the bot.
const BOT_BUBBLES = '.webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble__content';

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const botUrl = option('--bot');
const steps = [];
for (let i = 0; i < args.length; i += 2) {
  if (args[i] === '--say' || args[i] === '--press') steps.push({ kind: args[i].slice(2), text: args[i + 1] });
  else if (args[i] === '--expect' && steps.length) steps[steps.length - 1].expect = args[i + 1];
}
if (!botUrl || steps.length === 0 || steps.some((s) => !s.expect)) {
  console.error('usage: node converse.mjs --bot <url> (--say <text> | --press <title>) --expect <text> …');
  process.exit(2);
}

const app = express();
const server = await new Promise((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
const port = server.address().port;
app.use(getRouter(`http://127.0.0.1:${port}`, botUrl));
// The browser bundle (dist/webchat.js) is not among the package's exports: it is served from the package folder.
const webchatDist = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules', 'botframework-webchat', 'dist');
app.use('/webchat', express.static(webchatDist));
app.get('/', (req, res) => res.type('html').send(`<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>SpbeBot</title><script src="/webchat/webchat.js"></script></head>
<body><div id="webchat" style="height: 100vh"></div><script>
  const directLine = window.WebChat.createDirectLine({ domain: 'http://127.0.0.1:${port}/directline', token: 'local', webSocket: false, pollingInterval: 300 });
  // Typing before Direct Line is connected would be lost: the script waits for this flag.
  const store = window.WebChat.createStore({}, () => (next) => (action) => {
    if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') window.webChatConnected = true;
    return next(action);
  });
  window.WebChat.renderWebChat({ directLine, store, userID: 'webchat-user-1', username: 'Budi', locale: 'id-ID' }, document.getElementById('webchat'));
</script></body></html>`));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
let failed = false;
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  const sendBox = '[data-id="webchat-sendbox-input"]';
  await page.waitForSelector(sendBox, { timeout: 30000 });
  await page.waitForFunction(() => window.webChatConnected === true, { timeout: 30000 });
  for (const step of steps) {
    const before = await botTexts(page);
    if (step.kind === 'say') {
      await page.type(sendBox, step.text);
      await page.keyboard.press('Enter');
    } else {
      // The newest card's button is pressed through the page, not by a mouse click at its screen coordinates: when the
      // card has just arrived Web Chat is still scrolling the transcript to it, and a click where the button was a
      // moment ago lands on the card beside it (no Action.Submit is sent). Found and pressed in one go, and waited
      // for: the card comes with the bot's last activity of a turn, which may arrive after the text expected before.
      const pressed = await page.waitForFunction((title) => {
        const button = [...document.querySelectorAll('.ac-pushButton')].reverse().find((b) => b.textContent.trim() === title);
        button?.click();
        return button !== undefined;
      }, { timeout: 30000 }, step.text).then(() => true).catch(() => false);
      if (!pressed) throw new Error(`no button "${step.text}"`);
    }
    console.log(JSON.stringify({ from: 'user', [step.kind]: step.text }));
    const answer = await page.waitForFunction((selector, count, expected) => {
      const texts = [...document.querySelectorAll(selector)].map((e) => e.innerText);
      return texts.slice(count).find((t) => t.includes(expected));
    }, { timeout: 30000 }, BOT_BUBBLES, before.length, step.expect).then((h) => h.jsonValue()).catch(() => null);
    for (const text of (await botTexts(page)).slice(before.length)) console.log(JSON.stringify({ from: 'bot', text }));
    if (answer === null) {
      console.error(`expected "${step.expect}" in the bot's answer to "${step.text}"; the page shows:`);
      console.error(await page.evaluate(() => document.getElementById('webchat').innerText));
      failed = true;
      break;
    }
  }
} catch (e) {
  console.error(e.message);
  failed = true;
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);

async function botTexts(page) {
  return page.$$eval(BOT_BUBBLES, (es) => es.map((e) => e.innerText));
}
