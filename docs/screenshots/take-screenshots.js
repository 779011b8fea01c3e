#!/usr/bin/env node
// Takes the README's walkthrough screenshots by driving the Microsoft 365 Agents Playground's web UI
// with playwright-core and Debian's Chromium. Re-run it whenever a card or the raise dialog changes.
//
// 1. Start the bot on a fresh in-memory database (its own port, so a bot on 3978 is not disturbed):
//      ./mvnw spring-boot:run -Dspring-boot.run.arguments="--server.port=3988 --spring.datasource.url=jdbc:h2:mem:shots;DB_CLOSE_DELAY=-1"
// 2. In this repository's folder (it reads .m365agentsplayground.yml), start the Playground as in the
//    README, pointed at that bot. Its CLI exits when stdin is not a terminal, so from a script wrap it
//    in `script`:
//      npm i @microsoft/m365agentsplayground@0.2.28 playwright-core
//      TEAMSAPPTESTER_BROWSER=none script -qfc "npx agentsplayground -e http://127.0.0.1:3988/api/messages -c msteams -p 56160" /dev/null &
// 3. node docs/screenshots/take-screenshots.js
//
// Settings (environment): PLAYGROUND_URL (http://localhost:56160), CHROMIUM (/usr/bin/chromium),
// NODE_PATH if playwright-core is installed elsewhere, e.g. NODE_PATH=/tmp/pg/node_modules.
// The PNGs go to docs/screenshots/. Use a fresh bot database: the welcome card is posted once.
"use strict";
const path = require("path");
const { chromium } = require("playwright-core");

const PLAYGROUND = process.env.PLAYGROUND_URL || "http://localhost:56160";
const OUT = __dirname;
const BOT = "Interface Bot";

// The raise dialog, one step per bot question: what to answer (typed text, or a button to press),
// the text the bot's next message shows (waited for), and a screenshot to take once it shows.
// Adjust these when the dialog gains questions.
const RAISE = [
  { type: "raise", expect: "What happened?" },
  { type: "Discharge letters arrive without the reason for medication changes", expect: "Describe it." },
  {
    type:
      "Letters from the medical wards list the discharge medicines but not what was stopped or changed, " +
      "or why. Practices have to phone the ward to reconcile them, which delays repeat prescriptions.",
    expect: "Which theme does it belong to?",
    shot: "02-raise-theme-choice.png",
  },
  { press: "Prescribing", expect: "Which way across the interface?" },
  { press: "Secondary to primary care", expect: "How do you know about it?" },
  { press: "Own experience", expect: "What was the impact on patients?" },
  { press: "Moderate", expect: "How often does it happen?" },
  { press: "Often", expect: "What would fix it?" },
  { type: "A 'changes to medication' section in the discharge letter template", expect: "May the group see your name" },
  { press: "Yes, show my name", expect: "Check your issue", shot: "03-raise-confirmation.png" },
  { press: "Submit", expect: "IF-", shot: "04-raise-reference.png" },
];
const VOTE = "Discuss at group";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function shot(page, name) {
  await sleep(800); // let cards finish laying out
  await page.screenshot({ path: path.join(OUT, name) });
  console.log(`saved docs/screenshots/${name}`);
}

// The last visible element that shows `text`: the newest message that has it.
function lastWithText(page, text) {
  return page.getByText(text, { exact: false }).last();
}

async function openConversation(page, name) {
  await page.getByText(name, { exact: true }).first().click();
  await sleep(1500);
}

async function sendPersonal(page, text) {
  const box = page.locator("[data-lexical-editor=true]");
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

async function postInChannel(page, command) {
  const box = page.locator("[data-lexical-editor=true]").first(); // "Start a new post"
  await box.click();
  await page.keyboard.type("@Inter");
  await page.getByRole("menuitem", { name: BOT }).click(); // the mention picker
  await page.keyboard.type(` ${command}`);
  await page.getByRole("button", { name: "Post" }).click();
}

// The Playground's log panel is for developers; the screenshots are for clinicians and admins.
async function closeLogPanel(page) {
  const header = page.getByText("Log Panel", { exact: true });
  if (await header.count()) {
    await header.locator("xpath=..").locator("button, [role=button]").last().click().catch(() => {});
  }
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(20000);
  try {
    await page.goto(PLAYGROUND, { waitUntil: "networkidle" });
    await closeLogPanel(page);

    // The team's General channel: opening it installs the bot, which posts its welcome card.
    // The Playground may switch to the personal chat when the bot greets there: click again.
    for (let attempt = 0; attempt < 5; attempt++) {
      await openConversation(page, "General");
      if (await lastWithText(page, "has joined").isVisible()) break;
      await sleep(2000);
    }
    await lastWithText(page, "has joined").waitFor();
    await shot(page, "01-welcome-general.png");

    // Raising an issue in the personal chat.
    await openConversation(page, "Personal Chat");
    for (const step of RAISE) {
      if (step.type) await sendPersonal(page, step.type);
      else await lastWithText(page, step.press).click();
      await lastWithText(page, step.expect).waitFor();
      if (step.shot) await shot(page, step.shot);
    }

    // The triage card in the channel, after a vote.
    await openConversation(page, "General");
    const card = lastWithText(page, RAISE[1].type);
    await card.waitFor();
    // Exactly the vote's title: the chair's own button closes the vote ("Close the vote: ...").
    await page.getByRole("button", { name: VOTE, exact: true }).last().click();
    await lastWithText(page, "Votes so far: 1").waitFor();
    await sleep(2500); // the shared card is brought up to date within a second or two
    await lastWithText(page, "Votes so far: 1").scrollIntoViewIfNeeded();
    await shot(page, "05-triage-after-vote.png");

    // The chair (whoever installed the bot: the Playground's current user) accepts the issue,
    // sets today's meeting late in the evening (meetings must be in the future), records the
    // outcome and shares the minutes.
    const heading = await lastWithText(page, RAISE[1].type).innerText();
    const reference = heading.match(/IF-\d{4}-\d{4}/)[0];
    const today = new Date();
    const dd = String(today.getDate()).padStart(2, "0");
    const mm = String(today.getMonth() + 1).padStart(2, "0");
    const date = `${dd}/${mm}/${today.getFullYear()}`;
    await postInChannel(page, `close ${reference} discuss`);
    await lastWithText(page, "Closed the vote").waitFor();
    await postInChannel(page, `theme Prescribing on ${date} at 23:59 Seminar room 2, Foresterhill`);
    await lastWithText(page, "Next meeting: Prescribing").waitFor();
    await lastWithText(page, "Next meeting: Prescribing").scrollIntoViewIfNeeded();
    await shot(page, "06-meeting-announcement.png");
    await postInChannel(page, `outcome ${reference} Discharge letters will list medication changes from March.`);
    await lastWithText(page, "Recorded the outcome").waitFor();
    await postInChannel(page, `minutes https://nhsscotland.sharepoint.com/sites/interface/minutes.docx for ${date}`);
    await lastWithText(page, "Minutes: Prescribing meeting").waitFor();
    await lastWithText(page, "Minutes: Prescribing meeting").scrollIntoViewIfNeeded();
    await shot(page, "07-minutes.png");
  } catch (e) {
    await page.screenshot({ path: path.join(OUT, "failed.png") }).catch(() => {});
    console.error(`stopped: ${e.message}\n(the page as it was is in docs/screenshots/failed.png; do not commit it)`);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

main();
