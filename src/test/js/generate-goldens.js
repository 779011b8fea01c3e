#!/usr/bin/env node
// Expands every templating case and every card in cards/ with the official engine
// (adaptivecards-templating + adaptive-expressions, versions pinned in package.json) and writes
// the expected outputs the Java conformance test compares against. A card's sample data gets the
// card's wording from i18n/cards.properties, as the bot's CardCatalogue adds it.
// Usage: node src/test/js/generate-goldens.js [outputDir]   (run from the repository root)
"use strict";
const fs = require("fs");
const path = require("path");
const { Template } = require("adaptivecards-templating");
const { withWording } = require("./card-wording");

const root = path.resolve(__dirname, "../../..");
const casesDir = path.join(root, "src/test/resources/templating/cases");
const cardsDir = path.join(root, "cards");
const outDir = path.resolve(process.argv[2] || path.join(root, "src/test/resources/templating/expected"));

function run(template, data) {
  try {
    const expanded = new Template(template).expand({ $root: data });
    return expanded === undefined ? { undefined: true } : { expected: expanded };
  } catch (e) {
    return { error: String(e && e.message ? e.message : e) };
  }
}

function write(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + "\n");
}

let count = 0;
for (const file of fs.readdirSync(casesDir).filter((f) => f.endsWith(".json")).sort()) {
  const cases = JSON.parse(fs.readFileSync(path.join(casesDir, file), "utf8"));
  const results = {};
  for (const c of cases) {
    if (results[c.name]) throw new Error(`duplicate case ${c.name} in ${file}`);
    results[c.name] = run(c.template, c.data);
    count++;
  }
  write(path.join(outDir, file), results);
}
const cards = fs.existsSync(cardsDir) ? fs.readdirSync(cardsDir) : [];
for (const file of cards.filter((f) => f.endsWith(".json") && !f.endsWith(".data.json")).sort()) {
  const name = file.slice(0, -".json".length);
  const dataFile = path.join(cardsDir, name + ".data.json");
  if (!fs.existsSync(dataFile)) throw new Error(`cards/${file} has no sample data ${name}.data.json`);
  const template = JSON.parse(fs.readFileSync(path.join(cardsDir, file), "utf8"));
  const data = withWording(name, JSON.parse(fs.readFileSync(dataFile, "utf8")));
  write(path.join(outDir, "cards", file), run(template, data));
  count++;
}
console.log(`wrote ${count} expected outputs to ${path.relative(process.cwd(), outDir) || "."}`);
