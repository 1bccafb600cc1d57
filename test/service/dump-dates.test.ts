import * as assert from 'node:assert/strict';
import { daysFrom, dumpDateOrder, possibleOrders, readDate, readDateParts, type DateOrder } from '../../server/src/service/dump/dumpDates';

const at = (y: number, m: number, d: number, h = 0, min = 0): number => Date.UTC(y, m - 1, d, h, min);

describe('certutil dates', () => {
  // Every format docs/formats.md "CA key health" §H2 lists, with the order the dump would supply (or none).
  const cases: { raw: string; order?: DateOrder; value: number | 'ambiguous' | undefined }[] = [
    { raw: '3/16/2018 12:00 AM', value: at(2018, 3, 16, 0, 0) }, // en-US: 16 > 12 decides
    { raw: '3/2/2026 9:24 AM', order: 'mdy', value: at(2026, 3, 2, 9, 24) },
    { raw: '3/2/2026 9:24 PM', order: 'mdy', value: at(2026, 3, 2, 21, 24) },
    { raw: '12/31/2026 12:30 PM', value: at(2026, 12, 31, 12, 30) },
    { raw: '3/2/2026 9:24:07 AM', order: 'mdy', value: at(2026, 3, 2, 9, 24) }, // -seconds
    { raw: '3/2/2026 9:24 AM GMT', order: 'mdy', value: at(2026, 3, 2, 9, 24) }, // -gmt
    { raw: '02.03.2026 09:24', value: at(2026, 3, 2, 9, 24) }, // de-DE: dots are day first
    { raw: '19.07.2021 12:47', value: at(2021, 7, 19, 12, 47) },
    { raw: '16.04.2009. 11:04', value: at(2009, 4, 16, 11, 4) }, // lv-LV
    { raw: '27/02/2018 22:42', value: at(2018, 2, 27, 22, 42) }, // fr-FR: 27 > 12 decides
    { raw: '10/05/2001 00:19', order: 'dmy', value: at(2001, 5, 10, 0, 19) }, // fr-FR by language
    { raw: '08/01/2016 10:53', order: 'dmy', value: at(2016, 1, 8, 10, 53) }, // it-IT by language
    { raw: '2026/3/2 9:24', value: at(2026, 3, 2, 9, 24) }, // zh-CN: year first
    { raw: '2026/7/18 0:13', value: at(2026, 7, 18, 0, 13) },
    { raw: '2026/7/18 下午 1:13', value: at(2026, 7, 18, 13, 13) },
    { raw: '2018-03-16 12:00', value: at(2018, 3, 16, 12, 0) }, // ISO
    { raw: '03/02/2020 09:24', value: 'ambiguous' }, // en-GB without evidence
    { raw: '2/30/2026 9:24 AM', order: 'mdy', value: undefined }, // no 30 February
    { raw: '<DateTime>', value: undefined },
    { raw: '13/13/2026 10:00', value: undefined },
    { raw: '3/2/2026 13:24 PM', value: undefined },
  ];
  for (const c of cases) {
    it(`reads ${c.raw}${c.order ? ` (${c.order})` : ''}`, () => {
      const parts = readDateParts(c.raw);
      const read = parts ? readDate(parts, c.order) : undefined;
      if (c.value === undefined) assert.ok(!read || read.kind === 'invalid', JSON.stringify(read));
      else if (c.value === 'ambiguous') assert.equal(read?.kind, 'ambiguous');
      else assert.deepEqual(read, { kind: 'date', value: c.value });
    });
  }

  it('takes the order of a whole dump from a date that decides it, else from its language', () => {
    const parts = (raw: string) => readDateParts(raw)!;
    assert.equal(dumpDateOrder([parts('03/02/2020 09:24'), parts('27/02/2018 22:42')], 'en'), 'dmy');
    assert.equal(dumpDateOrder([parts('3/2/2020 9:24 AM'), parts('3/16/2018 12:00 AM')], undefined), 'mdy');
    assert.equal(dumpDateOrder([parts('03/02/2020 09:24')], 'fr'), 'dmy');
    assert.equal(dumpDateOrder([parts('3/2/2020 9:24 AM')], 'en'), 'mdy');
    assert.equal(dumpDateOrder([parts('03/02/2020 09:24')], 'en'), undefined);
    // Contradicting dates (a paste of two locales): no order.
    assert.equal(dumpDateOrder([parts('27/02/2018 22:42'), parts('3/16/2018 12:00 AM')], 'en'), undefined);
  });

  it('knows which days exist as the calendar of Date.UTC does, for every four-digit year', () => {
    // Date.UTC, which gives a date its value, is the calendar: 29 February in leap years only, 0099 read as 1999.
    const exists = (year: number, month: number, day: number): boolean =>
      month >= 1 && month <= 12 && day >= 1 && new Date(Date.UTC(year, month, 0)).getUTCDate() >= day;
    const wrong: string[] = [];
    for (let year = 0; year <= 9999; year++)
      for (let month = 0; month <= 13; month++)
        for (const day of [0, 1, 28, 29, 30, 31, 32]) {
          const mdy = possibleOrders({ a: month, b: day, year, minutes: 0, twelveHour: false }).includes('mdy');
          if (mdy !== exists(year, month, day) && wrong.length < 5) wrong.push(`${year}-${month}-${day}`);
        }
    assert.deepEqual(wrong, []);
  });

  it('counts calendar days', () => {
    assert.equal(daysFrom(at(2026, 12, 1, 23, 0), at(2027, 1, 13, 0, 30)), 43);
    assert.equal(daysFrom(at(2026, 12, 1, 0, 0), at(2026, 11, 19, 23, 0)), -12);
    assert.equal(daysFrom(at(2026, 12, 1, 8, 0), at(2026, 12, 1, 20, 0)), 0);
  });

  it('stays linear on a hostile line', () => {
    const started = Date.now();
    readDateParts(`${'1/'.repeat(50_000)}2026 ${' '.repeat(50_000)}9:24`);
    assert.ok(Date.now() - started < 200);
  });
});
