// Judgement part-b (illegal, security, credentials, personal_info, confidential): drafts written
// for this test, not taken from policy_dev, in both languages, each with the category it must
// raise; and official or everyday posts that must raise none of these five categories.
import { describe, expect, it } from 'vitest';
import { compilePolicy, DEFAULT_POLICY, evaluate } from '../../rules';

const compiled = compilePolicy(DEFAULT_POLICY);
const PART_B = new Set(['illegal', 'security', 'credentials', 'personal_info', 'confidential']);
const flagged = (text: string) => new Set(evaluate(text, compiled).filter((f) => f.severity !== 'info').map((f) => f.category));

const MUST_FLAG: [string, string][] = [
  ['illegal', 'who wants to go in on a Super Bowl pool, $10 a box, pay me at the motor pool Monday'],
  ['illegal', 'Si ocupan pastillas para dormir sin receta yo les consigo, nomás mándenme DM'],
  ['illegal', 'if you got a red light camera ticket just let me know, my cousin in municipal court can void it'],
  ['illegal', 'Tengo un primo en tránsito que te quita las multas por 50 dólares'],
  ['illegal', 'we take a little copper wire from the job sites and sell it at the scrap yard on weekends, easy money'],
  ['illegal', 'Fulano le pasó un sobre al inspector y así le aprobaron el permiso del salón'],
  ['illegal', 'Pelea de perros este sábado en Socorro, entrada $20, apuestas aparte'],
  ['illegal', 'anybody need a fake vaccination card? my homie makes them, 25 each'],
  ['illegal', 'the guy at the permit counter will rush your paperwork if you slip him a fifty'],
  ['security', 'FYI the badge readers at City Hall have been down all week so the side doors are just propped open'],
  ['security', 'only one guard at the main library overnight now and he sleeps in the break room lol'],
  ['security', 'the fence around the substation on Alameda has a huge gap in the back, anyone could walk in'],
  ['security', 'la puerta del cuarto de servidores en el sótano no tiene chapa, cualquiera entra'],
  ['security', 'our traffic signal controllers still use the factory default password, nobody ever changed it'],
  ['security', 'no hay nadie de guardia en la planta de agua después de las 11 los domingos'],
  ['security', 'no cops in the Lower Valley after midnight this week, everybody got pulled to the stadium'],
  ['security', 'they turned off the alarm at the Westside pool because it kept going off'],
  ['credentials', 'the password for the parks twitter is Parks#2025 in case anyone needs to post the closures'],
  ['credentials', 'El usuario es recepcion01 y la contraseña Hola2024, no la cambien por favor'],
  ['credentials', 'Zoom host code for tonight is 553190, share with the other moderators'],
  ['credentials', 'La contraseña nueva del Facebook de Bomberos es Bomberos!77'],
  ['personal_info', 'Mrs. Gonzalez from payroll is going through chemo, please be kind to her'],
  ['personal_info', 'Councilman Ortega is at the Cracker Barrel on Gateway right now if you want to yell at him'],
  ['personal_info', 'the inspector who fined me lives on Rushing Ave across from the park, white truck in the driveway'],
  ['personal_info', 'Frank in fleet failed his drug test and got suspended, that is why the trucks are late'],
  ['personal_info', 'please pray for Lupita from the clerk\'s office, she was diagnosed with breast cancer last week'],
  ['confidential', 'heard from the 5th floor that the city is closing two rec centers next year, not announced yet'],
  ['confidential', 'Ya está decidido que cierran la biblioteca del Valle, lo van a anunciar en enero, no digan nada'],
  ['confidential', 'I saw the scores from the RFP panel, the local company came in last'],
  ['confidential', 'Internal affairs just opened a case on two officers from Northeast for the traffic stop video'],
  ['confidential', 'They already picked the contractor for the new stadium before the RFP even closed'],
  ['confidential', 'en la junta de hoy nos dijeron que van a recortar 20 plazas en Obras Públicas, todavía no es público'],
];

const MUST_NOT_FLAG = [
  'Drug Take Back Day is Saturday 10-2 at all police substations, no questions asked.',
  'Never share your password or PIN, the City will never ask for it by phone or email.',
  'Your PIN is a 4-digit number you pick when you first log in.',
  'The password for the portal is 12 characters long and must include a number.',
  'The gate at Memorial Park opens at 6am and closes at 10pm.',
  'Bomb squad demonstration at the Westside library this Saturday, kids welcome!',
  'Council approved the $2 million settlement at today\'s public meeting.',
  'Congrats to Officer Ramos on the new baby!',
  'Lost dog found on Rushing Ave, brown lab, call 311 to claim.',
  'La alberca municipal abre el sábado, horario en la página de Parques.',
  'Our cameras caught the whole fireworks show, video coming soon!',
  'Free HIV testing Friday at the health department, confidential and quick.',
  'Cyber tip: change the default password on your home router.',
  'The mayor will be at the ribbon cutting at 10am Saturday.',
  'El inspector de salud visitará los restaurantes sin previo aviso, mantengan limpias sus cocinas.',
  'Please remember: never write your password on a sticky note.',
  'The city will announce the new police chief at a press conference Monday.',
  'Las multas de estacionamiento se pueden pagar en línea.',
  'Mosquito spraying tonight in the Northeast, keep windows closed.',
  'Fire drill Thursday: the alarm will go off at 10am, use the stairs.',
];

describe('judgement part-b on drafts written for this test', () => {
  it.each(MUST_FLAG)('%s: "%s"', (category, text) => {
    expect([...flagged(text)]).toContain(category);
  });

  it.each(MUST_NOT_FLAG)('none of the five: "%s"', (text) => {
    expect([...flagged(text)].filter((c) => PART_B.has(c))).toEqual([]);
  });
});

describe('credential_assignment: words between the key and the value', () => {
  const rule = (text: string) => evaluate(text, compiled).filter((f) => f.ruleId === 'el-paso.credentials.assignment').map((f) => f.excerpt);

  it('reads the value from the original text, where the stream has lost its digits', () => {
    expect(rule('La contraseña nueva del Facebook de Bomberos es Bomberos!77')).toEqual(['Bomberos!77']);
    expect(rule('the password for the shared inbox: Mailroom7 (do not change it)')).toEqual(['Mailroom7']);
  });

  it('leaves prose values alone: no digit, no letter, or a word', () => {
    expect(rule('The password for the portal is 12 characters long')).toEqual([]);
    expect(rule('Your password for Wi-Fi is on the back of your badge')).toEqual([]);
    expect(rule('reset your password http://t.co/VEd4Yyztok and you are set')).toEqual([]);
    expect(rule('pass that to the clerk: Form12 goes first')).toEqual([]);
    expect(rule('La contraseña del portal es personal e intransferible')).toEqual([]);
  });
});
