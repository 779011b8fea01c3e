#!/usr/bin/env node
// Validates the Teams app manifest offline against Microsoft's own schema (the one named by its
// "$schema", bundled in @microsoft/app-manifest), and checks the icons as Teams does: color.png
// 192x192, outline.png 32x32 with only white and transparent pixels.
// (fs-extra is in package.json only because @microsoft/app-manifest 1.1.2 requires it undeclared.)
// Usage (from the repository root):
//   node src/test/js/validate-manifest.js                    manifest/, placeholders filled with the dummy ids
//   node src/test/js/validate-manifest.js target/teams-app   the filtered package contents from ./mvnw package
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { AppManifestUtils } = require("@microsoft/app-manifest");

// The default of the teams.bot.id Maven property in pom.xml: a dummy, not a real registration.
const DUMMY_ID = "00000000-0000-0000-0000-000000000b07";
const PLACEHOLDERS = { "${teams.app.id}": DUMMY_ID, "${teams.bot.id}": DUMMY_ID };

const dir = path.resolve(process.argv[2] || "manifest");
const problems = [];

function loadManifest() {
  let text = fs.readFileSync(path.join(dir, "manifest.json"), "utf8");
  for (const [placeholder, value] of Object.entries(PLACEHOLDERS)) {
    text = text.split(placeholder).join(value);
  }
  const leftover = text.match(/\$\{[^}]*\}/g);
  if (leftover) problems.push(`manifest.json: unfilled placeholders ${[...new Set(leftover)].join(", ")}`);
  return JSON.parse(text);
}

// A minimal PNG reader (8-bit, non-interlaced, greyscale/RGB/RGBA): enough to see every pixel.
function readPng(file) {
  const buf = fs.readFileSync(file);
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error("not a PNG");
  let offset = 8;
  let header;
  const idat = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString("ascii", offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      header = {
        width: data.readUInt32BE(0),
        height: data.readUInt32BE(4),
        depth: data[8],
        colorType: data[9],
        interlace: data[12],
      };
    } else if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[header.colorType];
  if (header.depth !== 8 || !channels || header.interlace !== 0) {
    throw new Error(`unsupported PNG (bit depth ${header.depth}, colour type ${header.colorType}): save it as 8-bit RGBA`);
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = header.width * channels;
  const pixels = Buffer.alloc(header.height * stride);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  const rgba = (i) => {
    const p = pixels.subarray(i * channels, (i + 1) * channels);
    if (channels === 1) return [p[0], p[0], p[0], 255];
    if (channels === 2) return [p[0], p[0], p[0], p[1]];
    if (channels === 3) return [p[0], p[1], p[2], 255];
    return [p[0], p[1], p[2], p[3]];
  };
  return { ...header, count: header.width * header.height, rgba };
}

function checkIcon(name, size, outline) {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) return problems.push(`${name}: missing from ${path.relative(process.cwd(), dir)}`);
  let png;
  try {
    png = readPng(file);
  } catch (e) {
    return problems.push(`${name}: ${e.message}`);
  }
  if (png.width !== size || png.height !== size) {
    problems.push(`${name}: is ${png.width}x${png.height}, Teams wants ${size}x${size}`);
  }
  if (!outline) return;
  let coloured = 0;
  let visible = 0;
  for (let i = 0; i < png.count; i++) {
    const [r, g, b, a] = png.rgba(i);
    if (a === 0) continue;
    visible++;
    if (r !== 255 || g !== 255 || b !== 255) coloured++;
  }
  if (coloured) problems.push(`${name}: ${coloured} pixels are neither white nor transparent`);
  if (!visible) problems.push(`${name}: is fully transparent`);
  if (visible === png.count) problems.push(`${name}: has no transparent pixels (Teams wants white on transparent)`);
}

async function main() {
  let manifest;
  try {
    manifest = loadManifest();
  } catch (e) {
    problems.push(`manifest.json: ${e.message}`);
  }
  if (manifest) {
    const errors = await AppManifestUtils.validateAgainstSchema(manifest);
    errors.forEach((e) => problems.push(`manifest.json schema: ${e}`));
    checkIcon(manifest.icons?.color ?? "color.png", 192, false);
    checkIcon(manifest.icons?.outline ?? "outline.png", 32, true);
  }
  const where = path.relative(process.cwd(), dir) || ".";
  if (problems.length) {
    console.error(`Teams app manifest in ${where} is NOT valid:`);
    problems.forEach((p) => console.error(`  - ${p}`));
    process.exit(1);
  }
  console.log(`Teams app manifest in ${where} passes schema ${manifest.manifestVersion}; icons ok`);
}

main().catch((e) => {
  console.error(`manifest validation failed to run: ${e.stack || e}`);
  process.exit(2);
});
