import { describe, expect, it } from 'vitest';
import { abaValid, DETECTORS, entropy, luhn } from '../../rules/engine/detectors';
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

  it('leaves a business’s advertised line alone, not a person’s number in the next sentence', () => {
    expect(found('us_phone', 'Relax at Sun Valley Spa, call 915-342-7788 today')).toEqual([]);
    expect(found('us_phone', 'Pedidos al 915 342 7788')).toEqual([]);
    expect(found('us_phone', 'Our shop is open. Her cell is 915-342-7788')).toEqual(['915-342-7788']);
    expect(found('us_phone', 'text Maria at 915-342-7788')).toEqual(['915-342-7788']);
  });

  it('leaves published lines alone (toll-free codes, an office or hotline named before the number), not a person’s own', () => {
    expect(found('us_phone', 'Report abuse to the hotline at 1-800-252-5400, any hour')).toEqual([]);
    expect(found('us_phone', 'Call 888-628-9454 for free counseling')).toEqual([]);
    expect(found('us_phone', 'The non-emergency line is 915-832-4400')).toEqual([]);
    expect(found('us_phone', 'Llame a la oficina de permisos al 956-216-5000')).toEqual([]);
    expect(found('us_phone', 'Call the office at 915-832-4400, or my cell 915-342-7788')).toEqual(['915-342-7788']);
    expect(found('us_phone', 'The office is closed. Her cell is 915-342-7788')).toEqual(['915-342-7788']);
    expect(found('us_phone', 'oficina cerrada, mi celular personal es 956-342-7788')).toEqual(['956-342-7788']);
  });

  it('finds MAC addresses in each form and e-mail addresses behind their gates (a mention alone runs no scan)', () => {
    // The gates (evaluate's whole-text scans run only when they hold) must admit every form:
    // colon, hyphen and Cisco's dotted MAC; a domain label with a hyphen right after "@".
    for (const mac of ['3c:22:fb:7a:10:9e', '3C-22-FB-7A-10-9F', '3c22.fb7a.10a0']) expect(found('mac_address', `the printer is ${mac} now`)).toEqual([mac]);
    expect(found('mac_address', 'https://permits.elpasotexas.gov/apply/2026-residential-forms')).toEqual([]);
    expect(found('email', 'ask @ana, then write ana.ruiz@mail-srv.elpaso-tx.net or ana@a-b.io')).toEqual(['ana.ruiz@mail-srv.elpaso-tx.net', 'ana@a-b.io']);
    expect(found('email', '@Maria @Jose2 see you there.')).toEqual([]);
  });

  it('flags individuals’ e-mail addresses but not department mailboxes in either language', () => {
    expect(found('email', 'send it to permits@elpasotexas.gov or inspecciones@harlingentx.gov')).toEqual([]);
    expect(found('email', 'escríbale a maria.lopez@gmail.com')).toEqual(['maria.lopez@gmail.com']);
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

  it('reads prose assignments as prose: sentence punctuation and key words inside other words', () => {
    expect(found('credential_assignment', 'my password is hunter2.')).toEqual(['hunter2']);
    expect(found('credential_assignment', 'the password is Summer2024!')).toEqual(['Summer2024!']);
    expect(found('credential_assignment', 'mypassword is Tr0ub4dor')).toEqual(['Tr0ub4dor']);
    expect(found('credential_assignment', 'apikey is a8f5f167f44f49')).toEqual(['a8f5f167f44f49']);
    // A plain word is not a secret because a sentence ends after it ("adorable!" came from a tweet).
    expect(found('credential_assignment', 'the monkey is adorable!')).toEqual([]);
    expect(found('credential_assignment', 'the password is lovely!')).toEqual([]);
    // "turkey", "compass": the key word is part of another word.
    expect(found('credential_assignment', 'the turkey is 5lbs')).toEqual([]);
    expect(found('credential_assignment', 'my compass is broken2')).toEqual([]);
  });

  // Issue #12, round 5: passwords given in a sentence in the ways people write them.
  it('reads a password given in prose: far from its key, after a question, with its user name, after a slash', () => {
    expect(found('credential_assignment', 'la clave para entrar al portal de proveedores es la misma de siempre: Ciudad123')).toEqual(['Ciudad123']);
    expect(found('credential_assignment', 'the admin password on the AV system is literally password123')).toEqual(['password123']);
    expect(found('credential_assignment', 'la contra del wifi de la oficina es Oficina2024, ya la cambiaron')).toEqual(['Oficina2024']);
    expect(found('credential_assignment', 'Wifi password? Welcome1 lol')).toEqual(['Welcome1']);
    expect(found('credential_assignment', '¿Cuál es la clave del sistema? Es Nomina#55')).toEqual(['Nomina#55']);
    expect(found('credential_assignment', "what's the door code for the gym? A: 1-9-8-4")).toEqual(['1-9-8-4']);
    expect(found('credential_assignment', 'use my login, user jramirez pass Tacos4ever')).toEqual(['Tacos4ever']);
    expect(found('credential_assignment', 'usuario biblio.centro y contra Lectura2023')).toEqual(['Lectura2023']);
    expect(found('credential_assignment', "log in as 'library' with 'Books4All'")).toEqual(['Books4All']);
    expect(found('credential_assignment', 'login for the kiosk is admin / Welcome1')).toEqual(['Welcome1']);
    expect(found('credential_assignment', 'Twitter: @EPStreets / StreetsRock!7')).toEqual(['StreetsRock!7']);
    expect(found('credential_assignment', 'reset it to the temp password Changeme2025 for now')).toEqual(['Changeme2025']);
    expect(found('credential_assignment', 'my banking password the same as my work one, Tigers#1990')).toEqual(['Tigers#1990']);
    // Questions without an answer, codes that are not secrets, plain words, handles without a password.
    for (const t of [
      'what is the zip code? 79936 I think',
      'Can someone remind me where to reset my voicemail PIN? I forgot it',
      'what is the promo code? SAVE20 works',
      'Forgot your password? Click here to reset it.',
      'votaron en contra: 5 a 4',
      '@Maria / @Jose2 see you there',
      'password reset covid19 clinic',
      'user research and the password manager are on the agenda',
    ]) {
      expect(found('credential_assignment', t), t).toEqual([]);
    }
  });

  it('needs a key word and real entropy for an unknown token', () => {
    expect(entropy('aaaa')).toBe(0);
    expect(found('high_entropy_secret', 'token: 9fK2mQ7xLp3RvT8wZ1bN5cJ4')).toEqual(['9fK2mQ7xLp3RvT8wZ1bN5cJ4']);
    expect(found('high_entropy_secret', 'file 9fK2mQ7xLp3RvT8wZ1bN5cJ4')).toEqual([]);
  });

  // Regression: the cheap gate before credential_assignment lacked "access" and "login",
  // so `accessId = "…"` was never looked at although SECRET_KEY lists it.
  it('the credential gate admits every key word the assignment pattern knows', () => {
    expect(found('credential_assignment', 'sumologic.accessId = "su9OL59biWiJu7"')).toEqual(['su9OL59biWiJu7']);
    expect(found('credential_assignment', 'login: "Zq8!pLm3"')).toEqual(['Zq8!pLm3']);
  });

  it('finds curl users quoted apart, any Authorization scheme in a header, service-account key files', () => {
    expect(found('credential_assignment', 'curl --user "{acd3c08b-74e8}":"{ZqL5kVrX1n8tA2}" https://h')).toHaveLength(1);
    expect(found('credential_assignment', 'curl -u admin:{password} https://h')).toEqual([]);
    expect(found('credential_assignment', 'curl -H "Authorization: sha256~bRLFnzd5@=-.a+/hgdS"')).toHaveLength(1);
    expect(found('credential_assignment', 'Authorization: required for every department account')).toEqual([]);
    expect(found('credential_assignment', '{ "type": "service_account", "project_id": "city" }')).toHaveLength(1);
  });

  it('knows UATP card numbers and newer Discord bot tokens', () => {
    expect(found('payment_card', 'card 122000000000003')).toEqual(['122000000000003']);
    expect(found('payment_card', 'order 1220000000000031')).toEqual([]);
    expect(found('token_format', 'ATMyOTQ4MTN5OTU5MTDwMEcxNg.GSwJyi.sbaw8msOR3Wi6vPUzeIWy_P0vJbB0UuRVjH8l8')).toHaveLength(1);
    expect(found('token_format', 'see www.elpasotexas.gov.city/portal.index')).toEqual([]);
  });

  it('finds curl -u with one side empty only when the lone value looks like a key', () => {
    expect(found('credential_assignment', 'curl -u ":d2LkV78zLx!t" https://h')).toEqual(['-u ":d2LkV78zLx!t"']);
    expect(found('credential_assignment', "curl -u 'd2LkV78zLx!t:' https://h")).toEqual(["-u 'd2LkV78zLx!t:'"]);
    expect(found('credential_assignment', 'curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: -d amount=5')).toHaveLength(1);
    // An empty pair, a user name with an empty password, variables and placeholders are not secrets.
    for (const t of ['curl -u ":" https://h', 'curl -u "jsmith42:" https://h', 'curl -u "$TOKEN:" h', 'curl -u ":xxxxxxxxxx" h', 'curl -u "username:" h']) {
      expect(found('credential_assignment', t)).toEqual([]);
    }
  });

  it('finds ABA routing numbers: with a bank word, in the 0000-0000-0 layout, or standing alone', () => {
    expect(abaValid('121000358')).toBe(true);
    expect(abaValid('121000359')).toBe(false); // checksum
    expect(abaValid('421042111')).toBe(false); // no Federal Reserve prefix 40-49
    expect(abaValid('000000000')).toBe(false);
    expect(found('aba_routing', 'routing 121042882')).toEqual(['121042882']);
    expect(found('aba_routing', 'print 3222-7162-7 on the form')).toEqual(['3222-7162-7']);
    expect(found('aba_routing', '121000358')).toEqual(['121000358']);
    expect(found('aba_routing', '1234-0000-0 3222-7162-8')).toEqual([]);
    // A number another word claims, or one inside an ID, a price, a code or a URL.
    for (const t of ['Case #121000358', 'order 121000358', 'the number is 121000358', 'call 121000358 today', 'ZIP 121000358', '$121000358', '121000358.50', 'ID121000358', 'x.com/121000358', '078051120']) {
      expect(found('aba_routing', t)).toEqual([]);
    }
  });

  it('reads IPv4-mapped IPv6 as its IPv4: the whole address is found, reserved ones are not', () => {
    expect(found('ip_address', 'from ::ffff:192.168.1.1 and 0:0:0:0:0:FFFF:129.144.52.38')).toEqual(['::ffff:192.168.1.1', '0:0:0:0:0:FFFF:129.144.52.38']);
    expect(found('ip_address', 'NAT64 64:ff9b::192.0.2.1, mapped ::ffff:0:10.0.0.1')).toEqual(['64:ff9b::192.0.2.1', '::ffff:0:10.0.0.1']);
    // Loopback, unspecified and broadcast stay reserved however they are written, dotted or in hex.
    for (const t of ['::ffff:127.0.0.1', '::ffff:0.0.0.0', '::ffff:255.255.255.255', '::ffff:7f00:1', '0:0:0:0:0:ffff:127.0.0.1', '::127.0.0.1']) {
      expect(found('ip_address', t)).toEqual([]);
    }
    expect(found('ip_address', '::ffff:c0a8:101')).toEqual(['::ffff:c0a8:101']); // 192.168.1.1 in hex
    for (const t of ['::ffff:256.0.0.1', '::ffff:192.168.1', '2001:db8::256.1.1.1']) expect(found('ip_address', t)).toEqual([]);
  });

  it('takes the whole value of a well-known secret name on a config line, even with low entropy', () => {
    expect(found('credential_assignment', 'aws_secret_access_key: value with quotes and spaces')).toEqual(['value with quotes and spaces']);
    expect(found('credential_assignment', 'region: us\nCLIENT_SECRET=hunter')).toEqual(['hunter']);
    expect(found('credential_assignment', 'export STRIPE_API_KEY=opensesame')).toEqual(['opensesame']);
    // Prose names, type descriptions, variables, references and placeholders are left alone.
    for (const t of ['client secret: my dog', 'client_secret: string, required', 'AWS_SECRET_ACCESS_KEY=${SECRET}', 'api_key = ""', 'client_secret: xxxxxxxx', 'Set your client_secret: go to settings', 'public_key: open sesame']) {
      expect(found('credential_assignment', t)).toEqual([]);
    }
  });

  it('finds alarm and door codes', () => {
    expect(found('access_code', 'the alarm code is 4471, zip code 79901')).toEqual(['4471']);
  });
});
