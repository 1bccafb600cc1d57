/** Test input of the INF reuse tests: a large CAPolicy.inf built here (never copied from a real file). */

/** A CAPolicy.inf of `n` policy sections, written here (never copied): the shape a large real one has. */
export function capolicy(n: number, eol = '\r\n'): string {
  const names = Array.from({ length: n }, (_, i) => `P${i}`);
  const lines = ['[Version]', 'Signature="$Windows NT$"', '', '[PolicyStatementExtension]', `Policies=${names.join(',')}`, ''];
  names.forEach((name, i) => lines.push(`[${name}]`, `; policy ${i}`, `OID=1.2.3.${i}`, `Notice="Statement ${i}"`, `URL=http://pki.example/${i}.html`, ''));
  lines.push('[Certsrv_Server]', 'RenewalKeyLength=4096', 'CRLPeriod=Weeks');
  return lines.join(eol);
}
