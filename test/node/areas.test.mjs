// The area vocabulary decodes its packed records (regions and code steps in
// src/feed/vocabulary/municipality-regions.ts, names in the same order in areas.ts) into the
// Statistics Finland 2025 list: every code, name and region exactly as before the packing.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { loadSrc } from './load-src.mjs';

const areas = await loadSrc('src/feed/vocabulary/areas.ts');
const light = await loadSrc('src/feed/vocabulary/municipality-regions.ts');

describe('area vocabulary', () => {
  it('has 309 municipalities in 19 regions, codes three digits and strictly increasing', () => {
    assert.equal(areas.MUNICIPALITIES.length, 309);
    assert.equal(areas.REGIONS.length, 19);
    const codes = areas.MUNICIPALITIES.map((m) => m.code);
    assert.ok(codes.every((code) => /^\d{3}$/.test(code)));
    assert.ok(codes.every((code, i) => i === 0 || code > codes[i - 1]));
    assert.ok(areas.MUNICIPALITIES.every((m) => areas.isRegionCode(m.region) && m.name.fi && m.name.sv));
  });

  it('has one name for every region record, and both files agree on every region', () => {
    assert.equal(light.MUNICIPALITY_REGIONS.length, areas.MUNICIPALITIES.length);
    assert.ok(areas.MUNICIPALITIES.every((m) => m.name.fi && !/[|\d]/.test(m.name.fi + m.name.sv)));
    assert.deepEqual(
      areas.MUNICIPALITIES.map((m) => [m.code, m.region]),
      light.MUNICIPALITY_REGIONS.map(([code, region]) => [code, region]),
    );
    assert.equal(light.regionOfMunicipality.get('091'), '01');
  });

  it('decodes codes, Finnish and Swedish names and regions', () => {
    assert.deepEqual(areas.municipalityByCode.get('005'), { code: '005', name: { fi: 'Alajärvi', sv: 'Alajärvi' }, region: '14' });
    assert.deepEqual(areas.municipalityByCode.get('091'), { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors' }, region: '01' });
    assert.deepEqual(areas.municipalityByCode.get('992'), { code: '992', name: { fi: 'Äänekoski', sv: 'Äänekoski' }, region: '13' });
    assert.deepEqual(
      areas.municipalitiesInRegion('21').map((m) => m.code),
      ['035', '043', '060', '062', '065', '076', '170', '295', '318', '417', '438', '478', '736', '766', '771', '941'],
    );
  });

  it('holds exactly the 2025 list (update this hash only with a deliberate change to the municipalities)', () => {
    const canonical = JSON.stringify({ regions: areas.REGIONS, municipalities: areas.MUNICIPALITIES });
    assert.equal(createHash('sha256').update(canonical).digest('hex'), '736956e30a9286e9c6317e214b78a9c64a743ae322edbd7ff9ef4b2cb8a35d70');
  });
});
