import { describe, expect, it } from 'vitest';
import { DETECTORS, entropy, luhn } from '../../rules/engine/detectors';
import type { DetectorId } from '../../rules';

const found = (id: DetectorId, text: string) => DETECTORS[id](text).map((s) => text.slice(s.start, s.end));

describe('detectors validate what they find', () => {
  it('checks payment cards with Luhn and issuer prefixes', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(found('payment_card', 'card 4111-1111-1111-1111 or 4111-1111-1111-1112')).toEqual(['4111-1111-1111-1111']);
    expect(found('payment_card', 'order 1234567812345670')).toEqual([]);
  });

  it('checks IBANs by country length and mod-97', () => {
    expect(found('iban', 'pay GB82 WEST 1234 5698 7654 32 today')).toEqual(['GB82 WEST 1234 5698 7654 32']);
    expect(found('iban', 'pay GB82 WEST 1234 5698 7654 31 today')).toEqual([]);
  });

  it('rejects impossible and published sample SSNs; needs a word for bare digits', () => {
    expect(found('ssn', '123-45-6780 666-12-3456 078-05-1120 900-12-3456')).toEqual(['123-45-6780']);
    expect(found('ssn', 'order 123456780')).toEqual([]);
    expect(found('ssn', 'SSN 123456780')).toEqual(['123456780']);
  });

  it('skips service numbers and fictional 555-01xx phones', () => {
    expect(found('us_phone', 'call 311, 911, (915) 311-1234, 915-555-0123 or 915-555-2368')).toEqual(['915-555-2368']);
  });

  it('flags individuals’ e-mail addresses but not role mailboxes or example domains', () => {
    expect(found('email', 'jane.doe@gmail.com info@elpasotexas.gov bob@example.com')).toEqual(['jane.doe@gmail.com']);
  });

  it('needs context for dates of birth, home addresses, licences and employee IDs', () => {
    expect(found('date_of_birth', 'DOB: 04/12/1987; meeting 05/01/2025')).toEqual(['04/12/1987']);
    expect(found('street_address', 'she lives at 4521 Ridgeview Dr. The fair is at 300 N Campbell St')).toEqual(['4521 Ridgeview Dr.']);
    expect(found('drivers_license', "driver's license: TX12345678")).toEqual(['TX12345678']);
    expect(found('employee_id', 'Employee ID 0048213')).toEqual(['0048213']);
    expect(found('employee_id', 'room 0048213')).toEqual([]);
  });

  it('finds IPv4 and IPv6 addresses, not version numbers', () => {
    expect(found('ip_address', 'server 10.20.30.44 and fe80::1ff:fe23:4567:890a, version 1.2.3')).toEqual(['10.20.30.44', 'fe80::1ff:fe23:4567:890a']);
    expect(found('ip_address', '256.1.1.1')).toEqual([]);
  });

  it('finds credentials: assignments, tokens, keys, URLs with passwords; skips placeholders', () => {
    expect(found('credential_assignment', 'password = "hunter2!!"')).toEqual(['hunter2!!']);
    expect(found('credential_assignment', 'password: <your password>')).toEqual([]);
    expect(found('credential_assignment', 'reset your password is easy')).toEqual([]);
    expect(found('token_format', 'AKIAIOSFODNN7EXAMPLF xoxb-123456789012-Xw937qtWSXJss1lFaKe')).toHaveLength(2);
    expect(found('token_format', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')).toEqual([]);
    expect(found('private_key', '-----BEGIN OPENSSH PRIVATE KEY-----')).toHaveLength(1);
    expect(found('url_credentials', 'https://admin:S3cret@db.local and https://user:password@host')).toEqual(['https://admin:S3cret@db.local']);
  });

  it('needs a key word and real entropy for an unknown token', () => {
    expect(entropy('aaaa')).toBe(0);
    expect(found('high_entropy_secret', 'token: 9fK2mQ7xLp3RvT8wZ1bN5cJ4')).toEqual(['9fK2mQ7xLp3RvT8wZ1bN5cJ4']);
    expect(found('high_entropy_secret', 'file 9fK2mQ7xLp3RvT8wZ1bN5cJ4')).toEqual([]);
  });

  it('finds alarm and door codes', () => {
    expect(found('access_code', 'the alarm code is 4471, zip code 79901')).toEqual(['4471']);
  });
});
