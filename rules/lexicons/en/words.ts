/**
 * English word lists (see README.md for source and licence). Term syntax: see
 * rules/engine/terms.ts ("fuck*" prefix, "*fuck*" infix, "^dick" not in names).
 * Curated: no plant or animal names, no words whose everyday sense is innocent
 * unless the list marks the exception.
 */

/** Term → the innocent phrases that contain it (an exception sits under the word it excuses). */
export type Exceptions = Record<string, string[]>;

export const PROFANITY_STRONG = [
  '*fuck*', 'fuk', 'fuking', 'fukin', 'fucc', 'fck', 'fcking', 'fckn', 'fkn', 'fking', 'phuck', 'effing', 'stfu', 'gtfo', 'wtf',
  'omfg', 'ffs', 'mofo', 'mofos',
  // "what the f***": the stars fold away and one letter is left, too short for the disguise reader.
  'what the f', 'shut the f up', 'ahole', 'aholes',
  // Acronyms and respellings of "what the actual fuck" / "motherfucker" ("dafuq" and "fml" are
  // read as everyday by Davidson's annotators: left out).
  'wtaf', 'wtfff', 'mfer', 'mfers', 'mfker', 'mfkr', 'mothafucka', 'muthafucka',
  'shit', 'shits', 'shitty', 'shite', 'shit*', 'sheeit', 'sheeyit', 'sheit', 'shiet', 'bullshit*', 'bullshit', // the plain word too: a stretched "BULLSHIIIIT" is looked up squeezed, and a stem is not
  'dipshit', 'dipshits', 'batshit',
  'horseshit', 'chickenshit', 'apeshit', 'jackshit', 'dogshit', 'holyshit',
  'ass', 'asses', 'asshole', 'asshole*', 'assholes', 'arse', 'arsehole*', '*dumbass*', 'dumbasses', 'nobhead', 'knobhead', 'jackass', 'jackasses', 'smartass', 'fatass',
  'asshat', 'asswipe', 'assclown', 'kiss my ass', 'piece of shit',
  'bitch', 'bitches', 'bitchy', 'bitching', 'bitched', 'bitchass', 'sonofabitch', 'son of a bitch', 'biatch',
  'bastard', 'bastards', 'cunt', 'cunts', 'twat', 'twats', 'prick', 'pricks',
  '^dick', 'dicks', 'dickhead*', 'dickface', 'dickwad', 'dickheads',
  'piss', 'pissed', 'pissing', 'pisses', 'piss off', 'pissed off',
  'wanker', 'wankers', 'wank', 'tosser', 'bollocks', 'douche', 'douchebag', 'douchebags', 'jerkoff',
];

/** Innocent phrases holding a word above, under the word they excuse: never flagged. */
export const PROFANITY_STRONG_EXCEPT: Exceptions = {
  shit: ['shittah', 'shittim', 'shitake', 'shitakes'],
  piss: ['pissarro'],
  dick: ['dick van dyke', 'moby dick'],
};

/** Mild words: shown as `info`, never interrupting. */
export const PROFANITY_MILD = [
  'damn', 'dammit', 'damnit', 'damned', 'goddamn', 'goddamned', 'goddam', 'crap', 'crappy', 'hell', 'what the hell', 'friggin', 'frigging',
  'badass', 'kickass', 'sucks', 'bloody hell', 'screw you',
];

export const PROFANITY_MILD_EXCEPT: Exceptions = {
  hell: ['hell s kitchen', 'hells kitchen', 'hell or high water'],
};

export const SEXUAL = [
  'penis', 'penises', 'vagina', 'vaginas', 'pussy', 'pussies', '^cock', 'cocks', 'cocksucker*', 'blowjob', 'blowjobs', 'blow job',
  'handjob', 'handjobs', 'hand job', 'rimjob', 'cum', 'cumshot', 'cumming', 'jizz', 'dildo', 'dildos', 'porn*', 'tits', 'titties',
  'boobs', 'orgasm', 'horny', 'slut', 'sluts', 'slutty', 'whore', 'whores', 'hoe', 'hoes', 'thot', 'thots', 'gangbang*',
  '2 girls 1 cup', 'two girls one cup', 'anal sex', 'milf', 'deepthroat', 'fellatio', 'cunnilingus', 'masturbat*', 'jerk off',
  'jack off', 'clit', 'clitoris', 'boner', 'shag', 'shagger', 'shagging', 'nutsack', 'ballsack', 'scrotum', 'hentai', 'dick pic',
  'nudes', 'sexting', 'fuck buddy',
  'noodz', 'nudez', 'sext', 'sexts', 'onlyfans', 'fansly', 'fwb', 'reverse cowgirl', 'doggystyle', 'doggy style',
];

export const SEXUAL_EXCEPT: Exceptions = {
  cum: ['magna cum laude', 'summa cum laude', 'cum laude'],
  hoe: ['hoe down', 'hoe downs', 'hoe-down', 'hoe-downs'],
  // "pussyfooting" written in two words.
  pussy: ['pussy foot', 'pussy footing', 'pussy footin', 'pussy footed'],
};

export const SLURS = [
  'nigger', 'niggers', 'nigga', 'niggas', 'niggaz', 'nigguh', 'niggah', 'faggot', 'faggots', 'fag', 'fags', 'fagot', 'faggy',
  'dyke', 'dykes', 'tranny', 'trannies', 'shemale', 'shemales', 'retard', 'retards', 'retarded', 'spic', 'spics', 'wetback',
  'wetbacks', 'beaner', 'beaners', 'gook', 'gooks', 'kike', 'kikes', 'raghead', 'ragheads', 'towelhead', 'towelheads',
  'towel head', 'sand nigger', 'camel jockey', 'paki', 'pakis', 'wog', 'wogs', 'porch monkey', 'jungle bunny', 'homo', 'homos',
  'fudge packer', 'fudgepacker', 'lesbo', 'lesbos', 'mongoloid', 'spastic', 'spaz', 'mudslime', 'mudslimes', 'muzzie', 'muzzies', 'rapefugee', 'rapefugees', 'mong', 'mongs', 'coon', 'coons',
  'chink', 'chinks',
  // A slur for Mexican immigrants ("wab") and a plural missing above.
  'wab', 'wabs', 'trannys',
  // Ableist: "sperg" (from Asperger's), said of a person.
  'sperg', 'spergs', 'sperging',
];

export const SLURS_EXCEPT: Exceptions = {
  homo: ['homo sapiens', 'homo erectus'],
  dyke: ['van dyke', 'dick van dyke'],
  mong: ['mong kok'],
  gook: ['gobbledy gook', 'gobble de gook', 'gobbledy gooks'],
  coon: ['coon hunting', 'coon dog', 'coon dogs', 'coon hound', 'coonhound', 'coon skin', 'coonskin cap'],
  spic: ['spic and span'],
  chink: ['chink in the armor', 'chink in the armour', 'chinks in the armor', 'chinks in their armor'],
};

/** Insults aimed at a person: demeaning, harassing language. */
export const INSULTS = [
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'scumbag', 'scumbags', 'dirtbag', 'dirtbags', 'lowlife', 'lowlifes',
  'halfwit', 'nitwit', 'cretin', 'cretins', 'piece of garbage', 'piece of trash', 'waste of space', 'subhuman', 'subhumans',
  'degenerate', 'degenerates', 'skank', 'skanks', 'ugly ass',
];

/**
 * Innocent senses: a listed word is not flagged when one of these words is in the same
 * sentence (the dog, the garden tool, the meatball, the cigarette, the embankment).
 */
export const INNOCENT_SENSES: Record<string, string[]> = {
  bitch: ['dog', 'dogs', 'puppy', 'puppies', 'vet', 'canine', 'canines', 'breed', 'breeder', 'litter', 'barking', 'labrador', 'kennel', 'whelp', 'whelped', 'sire', 'dam', 'stud', 'show dog', 'sporting', 'walks', 'leash'],
  bitches: ['dog', 'dogs', 'puppy', 'puppies', 'vet', 'canine', 'canines', 'breed', 'breeder', 'litter', 'kennel', 'female dogs'],
  // Santa's "ho ho ho" spelled "hoe"; "hoe" is also Dutch for "how" (Dutch function words show it).
  hoe: ['santa', 'christmas', 'xmas', 'merry', 'garden', 'tool', 'tools', 'weed', 'weeds', 'shovel', 'rake', 'field', 'soil', 'dig', 'shed', 'rotary', 'corn', 'crop', 'crops', 'farm', 'farming', 'tractor', 'row', 'rows', 'till', 'plow', 'het', 'een', 'van', 'wat', 'niet', 'ik', 'je', 'dat', 'zijn', 'maar', 'ook', 'moet', 'wel', 'meer', 'zij', 'er', 'kan', 'gaat', 'dan', 'nog', 'mensen', 'dit', 'weet', 'waar', 'zo', 'denk', 'nu', 'heb', 'jij', 'we', 'mijn'],
  hoes: ['garden', 'tool', 'tools', 'weed', 'weeds', 'shovel', 'rake', 'field', 'soil', 'dig', 'shed', 'rotary', 'corn', 'crop', 'crops', 'farm', 'farming', 'tractor', 'plow'],
  faggot: ['meatball', 'meatballs', 'butcher', 'cooked', 'cook', 'ate', 'eat', 'eaten', 'dinner', 'gravy', 'sticks', 'firewood', 'fuel', 'bundle', 'fried', 'delicious', 'recipe'],
  faggots: ['meatball', 'meatballs', 'butcher', 'cooked', 'cook', 'ate', 'eat', 'eaten', 'dinner', 'gravy', 'sticks', 'firewood', 'fuel', 'bundle', 'fried', 'delicious', 'recipe'],
  fag: ['cigarette', 'cigarettes', 'smoke', 'smoked', 'smoking', 'lighter', 'packet', 'ashtray', 'puff', 'lungs', 'tobacco', 'quid', 'fag break', 'carton', 'rollies'],
  fags: ['cigarette', 'cigarettes', 'smoke', 'smoked', 'smoking', 'lighter', 'packet', 'ashtray', 'puff', 'lungs', 'tobacco', 'quid', 'carton', 'rollies'],
  dyke: ['embankment', 'flood', 'flooding', 'floods', 'water', 'beach', 'sea', 'river', 'levee', 'wall', 'walls', 'built', 'building', 'walk', 'dutch', 'canal'],
  dykes: ['embankment', 'embankments', 'flood', 'flooding', 'floods', 'water', 'beach', 'sea', 'river', 'levee', 'wall', 'walls', 'built', 'building', 'dutch', 'canal'],
  pussy: ['cat', 'cats', 'kitten', 'kitty', 'willow', 'pussycat', 'meow'],
  // "tranny" is also a car's transmission.
  tranny: ['car', 'auto', 'truck', 'engine', 'motor', 'transmission', 'rebuild', 'rebuilt', 'manual', 'automatic', 'clutch', 'gear', 'gears', 'mechanic', 'shift', 'fluid', 'swap', '302', '350'],
  coon: ['raccoon', 'raccoons', 'tracks', 'dog', 'dogs', 'hunting', 'hunt', 'hound', 'hounds', 'maine', 'cat', 'cats', 'kitten', 'pole', 'tree', 'treed', 'trap', 'trapped', 'skin', 'cap', 'squirrel', 'squirrels', 'possum', 'possums', 'opossum', 'skunk', 'skunks', 'deer', 'roadkill', 'critter', 'critters', 'wildlife', 'animal', 'animals', 'garbage', 'trash can', 'attic', 'den'],
  coons: ['raccoon', 'raccoons', 'tracks', 'dog', 'dogs', 'hunting', 'hunt', 'hound', 'hounds', 'maine', 'cat', 'cats', 'trap', 'trapped', 'squirrel', 'squirrels', 'possum', 'possums', 'opossum', 'skunk', 'skunks', 'deer', 'roadkill', 'critter', 'critters', 'wildlife', 'animal', 'animals', 'garbage', 'trash can', 'attic', 'den'],
  cock: ['rooster', 'hen', 'hens', 'chicken', 'chickens', 'crow', 'crowed', 'farm', 'barnyard', 'weathervane'],
};
