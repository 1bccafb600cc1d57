// Loaded with `node --require` into a test server (startTestServer's `today`): moves the process's clock so that
// today is CERTUTIL_TEST_TODAY (YYYY-MM-DD, at this moment of the day in UTC), and lets it run on from there. The
// validity findings (cert.expired, cert.expiring) of a real file then do not change with the day the tests run.
// Plain JavaScript: node loads it before the server, without the tests' TypeScript hook.
'use strict';
const day = process.env.CERTUTIL_TEST_TODAY;
if (day) {
  const realNow = Date.now;
  const offset = Date.parse(`${day}T00:00:00Z`) - Math.floor(realNow() / 86400000) * 86400000;
  if (Number.isNaN(offset)) throw new Error(`CERTUTIL_TEST_TODAY is not a day (YYYY-MM-DD): ${day}`);
  Date.now = () => realNow() + offset;
}
