/**
 * English word lists (see README.md for source and licence). Term syntax: see
 * rules/engine/terms.ts ("fuck*" prefix, "*fuck*" infix, "^dick" not in names).
 * Curated: no plant or animal names, no words whose everyday sense is innocent
 * unless the list marks the exception.
 */

export const PROFANITY_STRONG = [
  '*fuck*', 'fuk', 'fuking', 'fukin', 'fucc', 'fck', 'fcking', 'fckn', 'fkn', 'fking', 'phuck', 'effing', 'stfu', 'gtfo', 'wtf',
  'shit', 'shits', 'shitty', 'shite', 'shit*', 'sheeit', 'sheeyit', 'sheit', 'shiet', 'bullshit*', 'dipshit', 'dipshits', 'batshit',
  'horseshit', 'chickenshit', 'apeshit', 'jackshit', 'dogshit', 'holyshit',
  'ass', 'asses', 'asshole*', 'assholes', 'arse', 'arsehole*', 'dumbass', 'dumbasses', 'jackass', 'jackasses', 'smartass', 'fatass',
  'asshat', 'asswipe', 'assclown', 'kiss my ass', 'piece of shit',
  'bitch', 'bitches', 'bitchy', 'bitching', 'bitched', 'bitchass', 'sonofabitch', 'son of a bitch', 'biatch',
  'bastard', 'bastards', 'cunt', 'cunts', 'twat', 'twats', 'prick', 'pricks',
  '^dick', 'dicks', 'dickhead*', 'dickface', 'dickwad', 'dickheads',
  'piss', 'pissed', 'pissing', 'pisses', 'piss off', 'pissed off',
  'wanker', 'wankers', 'wank', 'tosser', 'bollocks', 'douche', 'douchebag', 'douchebags', 'jerkoff',
];

/** Mild words: shown as `info`, never interrupting. */
export const PROFANITY_MILD = [
  'damn', 'dammit', 'damnit', 'damned', 'goddamn', 'goddamned', 'goddam', 'crap', 'crappy', 'hell', 'what the hell', 'friggin', 'frigging',
  'badass', 'kickass', 'sucks', 'bloody hell', 'screw you',
];

export const SEXUAL = [
  'penis', 'penises', 'vagina', 'vaginas', 'pussy', 'pussies', '^cock', 'cocks', 'cocksucker*', 'blowjob', 'blowjobs', 'blow job',
  'handjob', 'handjobs', 'hand job', 'rimjob', 'cum', 'cumshot', 'cumming', 'jizz', 'dildo', 'dildos', 'porn*', 'tits', 'titties',
  'boobs', 'orgasm', 'horny', 'slut', 'sluts', 'slutty', 'whore', 'whores', 'hoe', 'hoes', 'thot', 'thots', 'gangbang*',
  '2 girls 1 cup', 'two girls one cup', 'anal sex', 'milf', 'deepthroat', 'fellatio', 'cunnilingus', 'masturbat*', 'jerk off',
  'jack off', 'clit', 'clitoris', 'boner', 'shag', 'shagger', 'shagging', 'nutsack', 'ballsack', 'scrotum', 'hentai', 'dick pic',
  'nudes', 'sexting', 'fuck buddy',
];

export const SLURS = [
  'nigger', 'niggers', 'nigga', 'niggas', 'niggaz', 'nigguh', 'niggah', 'faggot', 'faggots', 'fag', 'fags', 'fagot', 'faggy',
  'dyke', 'dykes', 'tranny', 'trannies', 'shemale', 'shemales', 'retard', 'retards', 'retarded', 'spic', 'spics', 'wetback',
  'wetbacks', 'beaner', 'beaners', 'gook', 'gooks', 'kike', 'kikes', 'raghead', 'ragheads', 'towelhead', 'towelheads',
  'towel head', 'sand nigger', 'camel jockey', 'paki', 'pakis', 'wog', 'wogs', 'porch monkey', 'jungle bunny', 'homo', 'homos',
  'fudge packer', 'fudgepacker', 'lesbo', 'lesbos', 'mongoloid', 'spastic', 'spaz', 'jihadi', 'jihadis', 'mudslime', 'mudslimes',
  'coon', 'coons', 'chink', 'chinks', 'cripple', 'cripples',
];

/** Insults aimed at a person: demeaning, harassing language. */
export const INSULTS = [
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'scumbag', 'scumbags', 'dirtbag', 'dirtbags', 'lowlife', 'lowlifes',
  'halfwit', 'nitwit', 'cretin', 'cretins', 'piece of garbage', 'piece of trash', 'waste of space', 'subhuman', 'subhumans',
  'degenerate', 'degenerates', 'skank', 'skanks', 'ugly ass',
];

/** Phrases that contain a listed word but are innocent: never flagged. */
export const EXCEPTIONS = [
  'magna cum laude', 'summa cum laude', 'cum laude', 'homo sapiens', 'homo erectus', 'shittah', 'shittim', 'shitake', 'shitakes',
  'hell s kitchen', 'hells kitchen', 'hell or high water', 'pissarro', 'dick van dyke', 'moby dick', 'spic and span',
  'chink in the armor', 'chink in the armour', 'chinks in the armor', 'chinks in their armor',
];
