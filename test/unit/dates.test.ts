// The one date module: month names, a date line's date, the filing date under a headline, real calendar dates.
import assert from 'node:assert/strict';
import { detectDated, isRealDate, MONTH_ALT, monthOf, parseLooseDate } from '../../src/core/text/dates';

describe('dates', () => {
  it('knows each month by name and abbreviation, and nothing else', () => {
    assert.equal(monthOf('sept'), 9);
    assert.equal(monthOf('september'), 9);
    assert.equal(monthOf('may'), 5);
    assert.equal(monthOf('constructor'), undefined);
    assert.ok(new RegExp(`^(?:${MONTH_ALT})$`, 'i').test('Sept'));
    assert.ok(!new RegExp(`^(?:${MONTH_ALT})$`, 'i').test('Mon'));
  });

  it('reads a date line in its usual spellings', () => {
    assert.equal(parseLooseDate('Mon Apr 08 2024'), '2024-04-08');
    assert.equal(parseLooseDate('April 8, 2024'), '2024-04-08');
    assert.equal(parseLooseDate('8 April 2024'), '2024-04-08');
    assert.equal(parseLooseDate('2024-04-08 10:30'), '2024-04-08');
    assert.equal(parseLooseDate('Monday morning'), undefined);
  });

  it('reads the filing date under a headline, with ordinals, and not one deep in the story', () => {
    assert.equal(detectDated('Storm hits coast\nSeptember 3rd, 2019\nThe storm...'), '2019-09-03');
    assert.equal(detectDated(`${'word '.repeat(100)}on 3 March 2001`), undefined);
  });

  it('tells real dates from impossible ones', () => {
    assert.ok(isRealDate('2024-02-29'));
    assert.ok(!isRealDate('2023-02-29'));
    assert.ok(!isRealDate('2024-04-08 25:00'));
  });
});
