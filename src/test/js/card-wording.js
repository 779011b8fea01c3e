// The fixed wording of each card, read from the bot's message bundle
// (src/main/resources/i18n/cards.properties, keys cards.<card>.<key>) as the Java catalogue does:
// the card's template sees it as $root.wording.<key>. Values are java.text.MessageFormat patterns
// formatted without arguments: a doubled apostrophe is one apostrophe and {0} stays for the
// template's replace().
"use strict";
const fs = require("fs");
const path = require("path");

const bundle = path.resolve(__dirname, "../../main/resources/i18n/cards.properties");

function readProperties(file) {
  const values = {};
  const lines = fs.readFileSync(file, "utf8").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].replace(/^\s+/, "");
    if (line === "" || line.startsWith("#") || line.startsWith("!")) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) {
      line = line.slice(0, -1) + lines[++i].replace(/^\s+/, "");
    }
    const m = /^((?:\\.|[^=:\s\\])+)\s*[=:\s]\s*(.*)$/.exec(line);
    if (!m) continue;
    const unescape = (s) =>
      s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c) =>
        c.length === 5 ? String.fromCharCode(parseInt(c.slice(1), 16)) : ({ t: "\t", n: "\n", r: "\r", f: "\f" }[c] ?? c));
    values[unescape(m[1])] = unescape(m[2]);
  }
  return values;
}

// MessageFormat without arguments: '' is ', a quoted section is literal, {n} is left as it is.
function messageFormat(pattern) {
  return pattern.replace(/'([^']*)'/g, (_, inner) => (inner === "" ? "'" : inner));
}

const all = readProperties(bundle);

/** The wording object for the named card: every cards.<name>.<key>, formatted. */
function wordingFor(name) {
  const prefix = `cards.${name}.`;
  const wording = {};
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(prefix)) wording[key.slice(prefix.length)] = messageFormat(value);
  }
  return wording;
}

/** The sample data with the card's wording added as the catalogue adds it. */
function withWording(name, data) {
  const wording = wordingFor(name);
  if (Object.keys(wording).length === 0 || data === null || typeof data !== "object" || Array.isArray(data)) return data;
  return { ...data, wording };
}

module.exports = { wordingFor, withWording };
