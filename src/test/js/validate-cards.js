#!/usr/bin/env node
// Expands every card in cards/ with its <name>.data.json using the official templating engine and
// checks the result: version 1.5, the official 1.5 JSON schema (when ../shared/schemas is present),
// the official renderer's parse and validation, a label on every input, namespaced Action.Execute verbs.
// Usage (from the repository root): node src/test/js/validate-cards.js
"use strict";
const fs = require("fs");
const path = require("path");
const { Template } = require("adaptivecards-templating");
const { withWording } = require("./card-wording");
const AC = require("adaptivecards/dist/adaptivecards.min.js");

const root = process.cwd();
const cardsDir = path.join(root, "cards");
const schemaFile = path.resolve(root, "../shared/schemas/adaptive-card-1.5.json");

function schemaValidator() {
  if (!fs.existsSync(schemaFile)) {
    console.log(`skipping JSON schema validation: ${path.relative(root, schemaFile)} is absent`);
    return null;
  }
  const Ajv = require("ajv");
  const addFormats = require("ajv-formats");
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require("ajv/lib/refs/json-schema-draft-06.json"));
  addFormats(ajv);
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
  if (schema.id) {
    schema.$id = schema.$id || schema.id; // draft-06 "id": ajv 8 only knows "$id"
    delete schema.id;
  }
  return ajv.compile(schema);
}

function walk(node, visit) {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === "object") {
    visit(node);
    Object.values(node).forEach((n) => walk(n, visit));
  }
}

const validate = schemaValidator();
const files = fs.existsSync(cardsDir)
  ? fs.readdirSync(cardsDir).filter((f) => f.endsWith(".json") && !f.endsWith(".data.json")).sort()
  : [];
let failures = 0;
for (const file of files) {
  const problems = [];
  const name = file.slice(0, -".json".length);
  const dataFile = path.join(cardsDir, name + ".data.json");
  let card;
  try {
    const data = withWording(name, JSON.parse(fs.readFileSync(dataFile, "utf8")));
    card = new Template(JSON.parse(fs.readFileSync(path.join(cardsDir, file), "utf8"))).expand({ $root: data });
  } catch (e) {
    problems.push(`cannot expand with ${name}.data.json: ${e.message}`);
  }
  if (card) {
    if (card.version !== "1.5") problems.push(`"version" is ${JSON.stringify(card.version)}, not "1.5"`);
    if (validate && !validate(card)) {
      for (const err of validate.errors) problems.push(`schema: ${err.instancePath || "/"} ${err.message}`);
    }
    const ctx = new AC.SerializationContext();
    const parsed = new AC.AdaptiveCard();
    parsed.parse(card, ctx);
    for (let i = 0; i < ctx.eventCount; i++) {
      const ev = ctx.getEventAt(i);
      problems.push(`renderer parse: ${ev.message}`);
    }
    if (!parsed) problems.push("renderer could not parse the card");
    else {
      for (const ev of parsed.validateProperties().validationEvents) problems.push(`renderer validation: ${ev.message}`);
    }
    walk(card, (node) => {
      if (typeof node.type === "string" && node.type.startsWith("Input.") && !node.label) {
        problems.push(`${node.type} "${node.id}" has no label`);
      }
      if (node.type === "Action.Execute" && !(typeof node.verb === "string" && node.verb.includes("."))) {
        problems.push(`Action.Execute "${node.title}" has verb ${JSON.stringify(node.verb)}, not a namespaced verb like triage.vote`);
      }
    });
  }
  if (problems.length) {
    failures++;
    console.log(`FAIL cards/${file}`);
    problems.forEach((p) => console.log(`  - ${p}`));
  } else {
    console.log(`ok   cards/${file}`);
  }
}
console.log(`${files.length - failures}/${files.length} cards valid`);
process.exit(failures ? 1 : 0);
