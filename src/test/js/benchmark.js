#!/usr/bin/env node
// Times the official engine on the same work as TemplateExpansionBenchmark: one operation expands
// every card in cards/ with its sample data (template parsed once, as the Java engine does).
// Usage (from the repository root): node src/test/js/benchmark.js [seconds]
"use strict";
const fs = require("fs");
const path = require("path");
const { Template } = require("adaptivecards-templating");
const { withWording } = require("./card-wording");

const cardsDir = path.join(process.cwd(), "cards");
const cards = fs.readdirSync(cardsDir).filter((f) => f.endsWith(".json") && !f.endsWith(".data.json")).sort()
  .map((f) => ({
    template: new Template(JSON.parse(fs.readFileSync(path.join(cardsDir, f), "utf8"))),
    // The sample data with the card's wording from the bundle, as the bot's catalogue renders it.
    data: withWording(f.replace(/\.json$/, ""),
      JSON.parse(fs.readFileSync(path.join(cardsDir, f.replace(/\.json$/, ".data.json")), "utf8"))),
  }));
const seconds = Number(process.argv[2] || 5);
let sink = 0;
const op = () => { for (const c of cards) sink += c.template.expand({ $root: c.data }) ? 1 : 0; };
function run(ms) {
  let ops = 0;
  const end = Date.now() + ms;
  while (Date.now() < end) { for (let i = 0; i < 100; i++) op(); ops += 100; }
  return ops / (ms / 1000);
}
run(3000); // warm-up
const rates = [1, 2, 3].map(() => run((seconds * 1000) / 3));
console.log(`official engine: ${Math.round(rates.reduce((a, b) => a + b) / rates.length)} ops/s over ${seconds}s after warm-up (${cards.length} cards per op)`);
if (sink < 0) console.log(sink);
