import type { CategoryJudgement } from '../types';

/**
 * political: candidates, ballot measures, recalls, campaign work, and positions on an item
 * pending before the council. Frames look for the act (steering a vote, campaigning for
 * someone, rallying people for or against an item), not for election words: polling hours,
 * "go vote, whoever you pick", vote outcomes and agendas stay clean.
 *
 * Round 6 families (round-6 dev part's misses, as concepts):
 * - amplifying a campaign: share / follow / like + a candidate, a campaign page or who to vote for;
 * - a party steered for or against ("hay que sacar a los republicanos", "que votara por el partido azul", "straight ticket");
 * - a pending item pushed across two sentences ("The council votes Tuesday on X. … make them pass it", "ojalá lo tumben");
 * - signing to put a person or measure on the ballot, "recall a la alcaldesa";
 * - campaign money and events said in border Spanish ("juntamos $600 para la campaña", "únete al equipo de X para alcalde");
 * - one's own candidacy ("Running for City Commission"), and praise that picks a side ("she's got my vote", "the right people").
 */
const OFFICE = '(?:mayor|council|city council|commissioner|commission|district [0-9]+|d[0-9]+|sheriff|judge|county judge|governor|senate|state senate|congress|school board|state rep|alcalde|alcaldesa|concejal|concejala|regidor|regidora|comisionado)';

export const political: CategoryJudgement = {
  words: {
    /** The contest itself: an election, a race, a candidate, a measure on the ballot (en, es). */
    pol_race: [
      'election', 'elections', 'vote', 'votes', 'voting', 'my vote', 'your vote', 'our vote', 'ballot', 'on the ballot', 'early voting', 'runoff', 'primary', 'primaries',
      'candidate', 'candidates', 'campaign', 'campaigning', 'reelection', 're election', 'reelect', 're elect', 'mayor race', 'mayoral race', 'mayors race', 'council race',
      'district race', 'the race for', 'as mayor', 'for mayor', 'next mayor', 'our next mayor', 'for council', 'on council', 'for commissioner', 'in office', 'out of office',
      'prop', 'proposition', 'bond', 'the bond', 'bond election', 'measure', 'amendment', 'charter amendment', 'recall', 'referendum', 'petition', 'incumbent', 'challenger',
      'opponent', 'running for', 'running against', 'term limits', 'another term', 'second term', 'more years', 'november', 'come november',
      'in november', 'next november', 'come may', 'election day', 'next election', 'at the polls', 'the polls',
      'eleccion', 'elecciones', 'votacion', 'votaciones', 'voto', 'su voto', 'tu voto', 'mi voto', 'boleta', 'candidato', 'candidata', 'candidatos', 'candidatas',
      'campana', 'reeleccion', 'reelegir', 'para alcalde', 'para alcaldesa', 'como alcalde', 'como alcaldesa', 'para concejal', 'propuesta', 'proposicion', 'enmienda',
      'revocacion', 'referendo', 'referendum', 'peticion', 'contrincante', 'el otro candidato', 'la otra candidata', 'se postula', 'postularse', 'en el puesto', 'en el cargo', 'noviembre', 'en noviembre',
      'las urnas', 'en las urnas',
      // round 4: electing and terms, with verb forms
      'elect', 'elected', 'electing', 'reelected', 're elected', 'voted out', 'vote out', 'new mayor', 'someone new', 'alguien nuevo', 'elegir', 'eligieron', 'elijan', 'reelijan', 'otro periodo', 'otro termino', 'another four years', 'next term', 'this time around', 'in may', 'en mayo', 'come election', 'the seat', 'el puesto', 'su puesto', 'district 1', 'district 2', 'district 3', 'district 4', 'district 5', 'district 6', 'district 7', 'district 8', 'distrito',
      // round 5: offices said with for/para/pa, re-election and seat words, Spanish vote verbs
      'for county judge', 'for judge', 'for sheriff', 'for governor', 'for senate', 'for congress', 'for school board', 'for state rep', 'for district attorney', 'for da', 'for county commissioner', 'for president', 'for city council', 'for district', 'their seats', 'their seat', 'his seat', 'her seat', 'reelecto', 'reelecta', 'reelectos', 'reelegido', 'reelegida', 'elegimos', 'elegido', 'elegida', 'electo', 'electa', 'pa alcalde', 'pa alcaldesa', 'pa presidente', 'pa presidenta', 'pa concejal', 'pa gobernador', 'presidente municipal', 'presidenta municipal', 'para presidente', 'para presidenta', 'para gobernador', 'para juez', 'para diputado', 'para diputada', 'para senador', 'para senadora', 'para sheriff', 'para comisionado', 'para regidor', 'proximas elecciones', 'las proximas elecciones', 'midterms', 'the midterms', 'runoff election', 'segunda vuelta', 'en la boleta', 'voters', 'votantes', 'primary election', 'votar', 'voten', 'votaron', 'votamos', 'votando', 'votara', 'votaran', 'votemos', 'mandato', 'otro mandato', 'four more years', 'cuatro anos mas',
      // round 6
      'which way to vote', 'en quien votar', 'por quien votar', 'la comision', 'city commission', 'partido azul', 'partido rojo', 'straight ticket', 'slate', 'la planilla', 'planilla', 'candidate forum', 'lanzar', 'se vuelva a lanzar', 'lanzarse', 'su campana', 'la campana',
      // round 7
      'gano por', 'won by a', 'ganamos la eleccion', 'won the election', 'won the race',
      // session 15: past-tense votes and the Texas primary month.
      'voted', 'voted early', 'vote early', 'votacion del', 'la votacion',
    ],
    /** Taking a side: for, against, praise or scorn said of a contender or a measure (en, es). */
    pol_side: [
      'the only one', 'the best candidate', 'best person for', 'only one who', 'only one that', 'best choice', 'best candidate', 'disaster', 'a disaster', 'dont let', 'don t let', 'has my vote',
      'gets my vote', 'earned my vote', 'vote for', 'voting for', 'vote against', 'voting against', 'vote no', 'vote yes', 'voting no', 'voting yes', 'vote him out',
      'vote her out', 'vote them out', 'vote out', 'needs our support', 'needs your support', 'needs your vote', 'support', 'supporting', 'i support', 'we support', 'endorse',
      'endorsing', 'endorsed', 'backing', 'oppose', 'opposing', 'deserves', 'deserve', 'liar', 'corrupt', 'crook', 'crooked',
      'needs to fail', 'needs to pass', 'must pass', 'must fail', 'has to go', 'needs to go', 'kill it', 'vote it down', 'shoot it down', 'cares about', 'doesnt care',
      'doesn t care', 'go with', 'leaning', 'rooting for', 'pulling for', 'proud to', 'can t wait', 'cant wait', 'sucks', 'a joke', 'clown', 'fraud', 'useless', 'great job',
      'amazing', 'fight for', 'fights for', 'fighting for', 'stand with', 'standing with', 'pass it', 'stop it', 'stop the', 'say no', 'say yes', 'yes on', 'no on', 'save our',
      'mentiroso', 'mentirosa', 'corrupto', 'corrupta', 'ratero', 'ratera', 'el mejor', 'la mejor', 'el peor', 'la peor', 'un desastre', 'apoyo', 'apoyen', 'apoyemos',
      'apoyamos', 'voten por', 'voten contra', 'voten en contra', 'no voten', 'no le voten', 'no le den', 'denle', 'hay que sacar', 'fuera el', 'fuera la', 'fuera los', 'que no pase', 'que pase',
      'le importa', 'no le importa', 'se merece', 'merece', 'no sirve', 'un payaso', 'orgulloso', 'orgullosa', 'vamos con', 'estoy con', 'con todo', 'ganar', 'gane', 'pierda',
      'perder', 'no se dejen', 'a favor', 'en contra', 'sick of', 'tired of', 'harto', 'harta', 'hartos', 'can t come soon enough', 'cant come soon enough',
      'rt if', 'remember this', 'remember who', 'remember that', 'remember in', 'recuerden esto', 'recuerden quien', 'acuerdense de quien', 'acuerdense de esto', 'no se les olvide',
      // round 4: backing, dismissing and wanting someone gone
      'my support', 'our support', 'anyone but', 'anybody but', 'cualquiera menos', 'done nothing', 'has done nothing', 'did nothing', 'no ha hecho nada', 'no hizo nada', 'time for a new', 'time for someone', 'time for new', 'time to elect', 'time to vote', 'time to replace', 'ya es hora', 'ya basta', 'help win', 'help her win', 'help him win', 'que gane', 'que pierda', 'no merece', 'doesnt deserve', 'don t deserve', 'has to go', 'tiene que irse', 'que se vaya', 'lo saquen', 'la saquen', 'los saquen', 'sacarlo', 'sacarla', 'vote for him', 'vote for her', 'votamos por', 'voy a votar', 'going to vote', 'gonna vote', 'vote red', 'vote blue', 'voten rojo', 'voten azul',
      'se la cobramos', 'se las cobramos', 'cobrarsela', 'we ll remember', 'well remember', 'payback', 'time to flip', 'flip texas', 'flip the seat', 'flip the district',
      // round 5: wishing a loss or a win, insinuation ('would be a shame if'), sellout and sarcasm words, Spanish vote-for
      'lose their seats', 'lose their seat', 'lost their seats', 'lost their seat', 'lose his seat', 'lose her seat', 'lose the seat', 'loses the seat', 'pierda su puesto', 'pierdan su puesto', 'pierda el puesto', 'pierda la eleccion', 'pierdan la eleccion', 'lose the election', 'loses the election', 'would be a shame', 'be a shame if', 'what a shame', 'seria una lastima', 'que lastima', 'seria una pena', 'vote por', 'voto por', 'votar por', 'votare por', 'voy a votar por', 'vamos a votar por', 'kick out', 'kick him out', 'kick her out', 'kick them out', 'kick the incumbent', 'sacar al', 'echarlo', 'correrlo', 'vendido', 'vendida', 'vendidos', 'sellout', 'sellouts', 'traitor', 'traidor', 'traidora', 'no les den su voto', 'no le den su voto', 'no les den', 'le echa ganas', 'the same guy', 'otra vez por', 'de nuevo por', 'again for', 'never again', 'nunca mas', 'good riddance',
      // round 6
      's got my vote', 'got my vote', 'the right people', 'the right candidates', 'los que si nos apoyan', 'que si nos apoyan', 'who actually support us', 'who support us', 'ya no se vuelva a lanzar', 'no se vuelva a lanzar', 'ni se vuelva a aparecer', 'buscando candidato', 'alguien nuevo en', 'ganamos los buenos', 'los buenos', 'se comio vivo', 'destroyed everyone', 'estoy con', 'estas con', 'todos con', 'todas con', 'el unico que nos', 'la unica que nos',
      // round 7
      'votan por', 'vota por', 'votas por', 'votaron por', 'si votan', 'si vota', 'if you vote for', 'if y all vote for', 'les arreglo', 'foto de la boleta', 'photo of your ballot', 'pic of your ballot', 'apoya', 'apoya al', 'apoya a', 'respalda', 'estamos con', 'finally someone who', 'por fin alguien que', 'clean out city hall', 'clean up city hall', 'drain the swamp', 'limpiar el ayuntamiento', 'we did it', 'lo logramos', 'ni que se vuelva a aparecer',
      // round 7: from knowledge of how it is said (slang, idiom, border Spanish)
      'mi gallo', 'ese es mi gallo', 'es mi gallo', 'vamos con todo', 'ya saben quien', 'votarle', 'hay que votarle', 'el voto es para', 'my vote goes to', 'mi voto es para', 'mi voto va para', 'boleta completa', 'sacalo', 'cambiale', 'no le den su voto', 'que se largue',
      // round 7: more of the same families
      'votemos por', 'votenle', 'votenle a', 'denle su voto', 'dale tu voto', 'give him your vote', 'give her your vote', 'cast your vote for', 'el unico candidato',
      // session 15: texted and border forms of "vote for", one of ours, no vote at all, the right choice.
      'voten x', 'vote x', 'votar x', 'voto x', 'votamos x', 'es pa', 'va pa', 'es de los nuestros', 'de los nuestros', 'one of us', 'one of ours', 'ni un voto',
      'ni un voto para', 'not one vote', 'did the right thing', 'you did the right thing', 'hicieron lo correcto', 'the one who kept', 'el que nos dio',
      'la que nos dio', 'nos dio el aumento', 'nos va a subir', 'nos va a dar', 'va a subir el sueldo', 'hay q sacarlo', 'hay q sacarla', 'hay q sacar', 'hay que sacarlo',
      'hay que sacarla', 'act accordingly', 'does the same', 'hagan lo mismo',
    ],
    /** Campaign work and money: signs, buttons, signatures, fundraisers, donations, rallies (en, es). */
    pol_campaign_act: [
      'fundraiser', 'fund raiser', 'yard sign', 'yard signs', 'campaign signs', 'campaign sign', 'button', 'buttons', 'flyers', 'flyer', 'volantes', 'signatures', 'firmas',
      'pac', 'super pac', 'donate', 'donation', 'donations', 'contribute', 'contribution', 'chip in', 'block walk', 'block walking', 'blockwalk', 'phone bank', 'phone banking',
      'canvass', 'canvassing', 'knock doors', 'knocking doors', 'rally', 'mitin', 'campaign page', 'pagina de campana', 'rt if', 'retweet', 'link in bio', 'link in my bio',
      'kickoff', 'kick off', 'launch party', 'playeras', 'shirt', 'shirts', 'stickers', 'calcomanias', 'letreros', 'repartir', 'repartimos', 'repartiendo', 'compartan',
      'please share', 'pass it on', 'pasenlo', 'host committee', 'plate', 'tickets', 'boletos', 'recaudacion', 'donen', 'cooperen',
      // round 4: verb forms of campaign work and money
      'donated', 'donating', 'donates', 'contributed', 'gave to', 'chipped in', 'canvassed', 'volunteered for', 'volunteering for', 'volunteer for', 'volunteering with', 'volunteer with', 'volunteered with', 'volunteering at', 'volunteer at', 'knocking on doors', 'knocking doors', 'collecting signatures', 'signing petitions', 'signed the petition', 'sign the petition', 'signed the recall', 'sign the recall', 'firme la peticion', 'firmen la peticion', 'firmamos la peticion', 'rt to', 'retweet to', 'meet and greet', 'meet greet', 'hosting a meet', 'block party for', 'organizing for', 'tocando puertas',
      // round 5: campaign material and work in more words (border Spanish too), one's own campaign
      'calcas', 'pegatinas', 'pancartas', 'lonas', 'mantas', 'pegando', 'pegar', 'poniendo letreros', 'my campaign', 'mi campana', 'our campaign', 'nuestra campana', 'join my', 'help with my', 'help with the campaign', 'campaign team', 'equipo de campana', 'campaign volunteer', 'walk blocks', 'tocar puertas', 'hacer llamadas', 'text bank', 'textbank', 'poll watcher', 'poll watchers', 'cuidar las casillas', 'house party', 'meet the candidate', 'conoce al candidato', 'conozcan al candidato',
      // round 6
      'juntamos', 'juntando', 'juntar para', 'carne asada', 'no falten',
      // session 15: door to door, giving ("ya doné", "dona"), sharing and retweeting, a sign or pin of one's own.
      'de puerta en puerta', 'puerta por puerta', 'casa por casa', 'door to door', 'caminata de campana', 'done a la', 'done al', 'dolares a la', 'dlls a la', 'dls a la', 'dollars to the campaign', 'bucks to the campaign', 'to his campaign', 'to her campaign',
      'dona', 'donale', 'donenle', 'donacion', 'link de donacion', 'donation link', 'aporta', 'aporten', 'retuiteo', 'retuitear', 'retuiteen', 'retweeted', 'compartiendo',
      'liked and shared', 'letrero', 'el letrero', 'los letreros', 'anuncios de la', 'anuncios del', 'her sign', 'his sign', 'their sign', 'wearing his',
      'wearing her', 'wearing my', 'my button', 'su boton', 'running the phone bank', 'knocking doors for', 'phone bank for', 'block walking for', 'unete al equipo', 'join the team', 'voluntarios', 'oficina de campana', 'campaign office', 'campaigning for', 'campaigning', 'like my campaign', 'sigan la cuenta', 'sigan a', 'like y comparte', 'dale like', 'comparte', 'compartan', 'compartimos', 'share this page', 'share their page', 'follow their page', 'follow his page', 'follow her page', 'siganlo', 'siganla',
    ],
    /** An office or candidacy those acts are for. */
    pol_office: [
      'running for', 'run for', 'runs for', 'is running', 'va para', 'se lanza', 'se postula', 'candidate', 'candidato', 'candidata', 'campaign', 'campana', 'council',
      'district', 'distrito', 'regidor', 'regidora', 'concejal', 'concejala', 'mayor', 'alcalde', 'alcaldesa', 'commissioner', 'comisionado', 'sheriff', 'judge', 'juez',
      'state rep', 'senate', 'congress', 'school board', 'reelection', 'reeleccion', 'vote', 'ballot', 'boleta', 'election', 'eleccion', 'prop', 'bond',
      // round 5: more offices
      'county judge', 'governor', 'gobernador', 'presidente municipal', 'presidenta municipal', 'diputado', 'diputada', 'senador', 'senadora', 'trustee', 'justice of the peace', 'constable', 'district attorney', 'commissioners court', 'elecciones',
      // round 6
      'commission', 'la comision', 'city commission', 'runs against', 'run against', 'running against', 'votar', 'en quien votar', 'concejo', 'el concejo',
      // session 15: the titles a contender goes by.
      'representative', 'state representative', 'congressman', 'congresswoman', 'councilman', 'councilwoman', 'councilmember', 'council member', 'comisionada', 'senator',
      'la candidata', 'el candidato', 'the candidate',
    ],
    /** Parties, movements and national figures people take sides on (en, es). */
    pol_party: [
      'republicans', 'republican', 'democrats', 'democrat', 'dems', 'gop', 'liberals', 'conservatives', 'libs', 'the left', 'the right', 'leftists', 'maga', 'trump',
      'biden', 'harris', 'kamala', 'abbott', 'obama', 'desantis', 'beto', 'cruz', 'socialists', 'communists', 'democratas', 'republicanos', 'los liberales',
      'los conservadores', 'trumpistas', 'la izquierda', 'la derecha', 'comunistas',
      'patrick', 'paxton', 'ted cruz', 'the dems', 'the republicans',
      // round 5: more parties and movements (US and Mexican border politics)
      'libertarian', 'libertarians', 'the libertarian', 'green party', 'progressives', 'progresistas', 'the libs', 'trumpers', 'bidenistas', 'morena', 'morenistas', 'panistas', 'el pri', 'priistas', 'los del pri', 'pelosi', 'aoc', 'newsom', 'cornyn', 'vance', 'los democratas', 'los republicanos',
      // round 6
      'partido azul', 'partido rojo', 'el partido azul', 'el partido rojo', 'los azules', 'los rojos', 'straight ticket', 'straight party',
      // session 15
      'democratic party', 'republican party', 'the democratic party', 'the republican party', 'partido democrata', 'partido republicano', 'el partido democrata',
      'el partido republicano', 'democrata', 'republicano',
    ],
    /** What someone says about a party or figure when taking a side. */
    pol_party_take: [
      'vote for', 'voten', 'votar', 'vote them out', 'no se dejen', 'dont let', 'don t let', 'all the way', 'ruining', 'destroying', 'arruinando',
      'destruyendo', 'solo quieren', 'only want', '2024', '2026', '2028',
      'anyone but', 'anybody but', 'cualquiera menos', 'destroyed', 'ruined', 'arruinaron', 'destruyeron', 'vote red', 'vote blue', 'this time', 'esta vez', 'otra vez no', 'never again', 'nunca mas', 'que se vayan', 'get rid of', 'saquemos', 'saquen a',
      'dont care', 'don t care', 'doesnt care', 'no les importa', 'time to flip', 'flip texas', 'voltear',
      // round 5: voting for a party or figure, and scorn said as fact
      'vote por', 'voto por', 'votar por', 'votamos por', 'voy a votar por', 'voted for', 'voting for', 'votes for', 'nomas quieren', 'nada mas quieren', 'solo les importa', 'just want', 'no les den', 'su voto', 'are ruining', 'are destroying', 'are the problem', 'son el problema', 'out of office', 'fuera los', 'fuera las',
      // round 6
      'sacar a los', 'hay que sacar a los', 'son los unicos', 'los unicos que', 'votara por', 'votaran por', 'que votara', 'que voten', 'siga azul', 'siga rojo', 'sigue azul',
      // round 7
      'estoy con', 'estas con', 'estamos con', 'todos con', 'todas con', 'vamos con', 'i m with', 'im with', 'the only one who', 'el unico que', 'la unica que',
      // session 15: a party's post shared or liked, its pin worn, "they're right", a dinner and a campaign with it.
      'liked', 'shared', 'liked and shared', 'compartiendo', 'compartir', 'party pin', 'pin', 'hat', 'gorra', 'they re right', 'theyre right', 'they are right',
      'tienen razon', 'nos odian', 'hate us', 'invitarme', 'inviting me', 'member of', 'miembro del', 'proud member', 'de arriba a abajo', 'top to bottom',
    ],
    /** Nonpartisan election logistics and results, job candidates, product recalls: the clean side. */
    pol_logistics: [
      'whoever you', 'whoever you pick', 'whoever you choose', 'whoever you want', 'polls are open', 'polls open', 'polling', 'polling place', 'polling places', 'hours', 'locations', 'location', 'register', 'registration',
      'registered', 'id', 'results', 'passed with', 'approved', 'open to the public', 'all candidates', 'nonpartisan', 'non partisan', 'sample ballot', 'elections page',
      'elections office', 'elections department', 'lifeguard', 'job', 'jobs', 'applicants', 'hiring', 'apply', 'recalled', 'recall alert', 'car seat', 'make up your own mind',
      'your own mind', 'your choice', 'your right', 'every vote counts', 'go vote', 'get out and vote', 'mail ballot', 'mail in', 'runs through', 'starts monday', 'ends friday',
      'debate', 'forum', 'watch party', 'livestream', 'best of', 'employee of', 'favorite', 'contest', 'photo contest', 'costume', 'float', 'karaoke', 'chili', 'people s choice',
      'peoples choice', 'casillas', 'su derecho', 'identificacion', 'resultados', 'aprobo', 'aprobaron', 'cualquiera', 'por quien quieran', 'horario', 'ubicaciones',
      'todos los candidatos', 'concurso', 'pinata', 'turkey trot', 'fun run', 'meeting', 'agenda', 'public comment', 'sign up', 'cleanup', 'clean up',
      // round 6: neutrality statements, vote records, rules against campaigning at work
      'doesnt endorse', 'doesn t endorse', 'does not endorse', 'dont endorse', 'don t endorse', 'no respalda', 'no respaldamos', 'neutral', 'neutrales', 'stays neutral', 'vote record', 'voting record', 'record is', 'las actas', 'the minutes', 'violation of policy', 'against policy', 'not allowed', 'no se permite', 'tossed them',
      // round 7
      'no voy a decir', 'no les voy a decir', 'not gonna say', 'not going to say', 'won t say who', 'wont say who', 'not telling', 'voto secreto', 'secret ballot', 'vote record', 'voting record', 'record is on', 'city website', 'la pagina de la ciudad', 'minutes', 'actas', 'neutral', 'stays neutral', 'tossed them', 'looks at', 'look at', 'next cycle', 'revisit', 'threw them out', 'no campaigning', 'no se permite', 'prohibited', 'prohibido', 'hatch act',
    ],
    /** Council or commission business pending a vote. */
    pol_council_item: [
      'council', 'city council', 'councilmembers', 'council members', 'commission', 'commissioners', 'council vote', 'votes on', 'voting on', 'vote on', 'comes up', 'on the agenda',
      'item', 'ordinance', 'rezoning', 'zoning change', 'zoning', 'resolution', 'tax increase', 'rate increase', 'fee increase', 'the proposal', 'the plan', 'the project',
      'the development', 'the vote', 'before the vote', 'council rep', 'your rep', 'tax rate', 'concejo', 'cabildo', 'concejales', 'comisionados', 'ordenanza', 'rezonificacion', 'aumento', 'el proyecto', 'la propuesta', 'el plan',
      // round 6
      'la sesion', 'en la sesion', 'se discutio', 'planning', 'the rezoning', 'the charter amendment',
      // round 7
      'zonificacion', 'cambio de zonificacion', 'que estan por votar', 'van a votar', 'are voting on', 'will vote on', 'up for a vote', 'rate hike', 'water rate', 'aumento de tarifa', 'la tarifa', 'the amendment', 'la enmienda', 'the stadium deal', 'the arena',
      // session 15: council business in other words.
      'los del consejo', 'el consejo municipal', 'del consejo', 'se vota', 'se votan', 'van a votar', 'votes on', 'la votacion', 'the hearing', 'hearing', 'la audiencia',
      'ban', 'the ban', 'ordinance', 'la ordenanza', 'el reglamento', 'la agenda', 'the agenda', 'agenda del', 'item 1', 'el item', 'punto de la agenda',
      'la ampliacion', 'la privatizacion', 'privatizar', 'la tarifa', 'las tarifas', 'tarifas',
    ],
    /** A position on such an item. */
    pol_item_take: [
      'needs to fail', 'needs to pass', 'should pass', 'should fail', 'should reject', 'should approve', 'should kill', 'kill it', 'horrible idea', 'terrible idea', 'bad idea',
      'great idea', 'stupid', 'dumb', 'a mistake', 'i support', 'i oppose', 'im against', 'i m against', 'against it', 'in favor', 'say no', 'vote no', 'vote yes',
      'tell them', 'call your', 'email your', 'hope they', 'better vote', 'must vote', 'show up', 'shut it down', 'stop this', 'fight this', 'dont let them', 'don t let them',
      'ojala', 'estoy en contra', 'estoy a favor', 'me opongo', 'apoyo', 'que no pase', 'no la aprueben', 'no lo aprueben', 'apruebenla', 'apruebenlo', 'es un error',
      'una locura', 'una mala idea', 'buena idea', 'pesima idea', 'no pasa', 'tiene que pasar', 'hay que parar', 'diganle que no',
      'we need', 'would save', 'will save', 'only sane', 'only option', 'benefits', 'only benefits', 'waste of money', 'waste of', 'money grab', 'please email', 'email council',
      'say yes', 'decir que no', 'decir que si', 'hay que ir', 'listens', 'listen to us', 'hope', 'necesitamos', 'beneficia', 'nomas beneficia', 'un robo', 'give away',
      'giveaway', 'handout', 'a gift to', 'un regalo',
      'tell them', 'hell no', 'no way', 'ni madres', 'show up and', 'everyone show up', 'vayan todos', 'todos a la junta', 'pack the', 'llenemos', 'dont let it pass', 'que no lo aprueben', 'decides on', 'decide on', 'deciden',
      // round 6
      'make them pass', 'pass it', 'que lo aprueben', 'que la aprueben', 'lo tumben', 'la tumben', 'fill the room', 'fully support it', 'we can t let', 'we cant let', 'no podemos dejar', 'vote it down', 'apruebenlo', 'tumbenlo',
      // round 7
      'en contra del', 'en contra de la', 'a favor del', 'a favor de la', 'a oponerse', 'votes down', 'vote down', 'highway robbery',
      // round 7: from knowledge of how it is said (slang, idiom, border Spanish)
      'no al aumento', 'no a la rezonificacion', 'say no to', 'ojala lo tumben', 'ojala la tumben', 'ojala no pase', 'hope it fails', 'hope it passes', 'hope it dies', 'needs to die', 'kill the bond', 'si a la', 'apoyemos la', 'pasenla', 'fingers crossed it',
      // session 15: a side on the item said as protest, a verdict on it, or a call to fill the room.
      'protestar', 'a protestar', 'protest', 'to protest', 'no hay que dejar', 'no hay q dejar', 'oppose it', 'come oppose', 'speak against', 'speak out against',
      'against selling', 'must pass', 'must fail', 'show support', 'to show support', 'mostrar apoyo', 'fully supports', 'we stand behind', 'stand behind', 'hay que pararlo',
      'hay que pararla', 'hay q pararlo', 'hay que tumbarlo', 'hay que tumbarla', 'hay q tumbarlo', 'hay q tumbarla', 'tumbarlo', 'tumbarla', 'pararlo', 'pararla', 'esta mal',
      'yo digo que no', 'yo digo q no', 'es injusta', 'es injusto', 'injusta', 'injusto', 'la deben rechazar', 'lo deben rechazar',
      'rechazar', 'rechacen', 'una traicion', 'es una traicion', 'betrayal', 'desperdicio', 'un desperdicio', 'nos estan robando', 'opinen en contra', 'llenen la sala',
      'llenar la sala', 'todos a la sesion', 'a la sesion', 'todos al cabildo', 'al cabildo', 'shame on them', 'so am i', 'against it', 'is against', 'i m begging', 'im begging',
      'begging y all', 'urge everyone', 'i d urge', 'id urge', 'i urge', 'les pido que', 'can cry about it', 'ban them', 'dead on arrival', 'compartanlo', 'es un robo',
    ],

    /** Round 6: a push on a pending item, said in the sentence after the item is named. */
    pol_item_push: [
      'make them pass', 'make them vote', 'pass it', 'kill it', 'que lo aprueben', 'que la aprueben', 'lo tumben', 'la tumben', 'apruebenlo', 'apruebenla', 'tumbenlo', 'tumbenla',
      'fill the room', 'fully support it', 'i fully support', 'we can t let', 'we cant let', 'no podemos dejar', 'vote it down', 'shoot it down', 'vote no', 'vote yes',
      'voten que no', 'voten que si', 'say no to it', 'diganle que no', 'que no pase', 'que si pase',
      // round 7
      'tell them no', 'tell them yes', 'tell em no', 'call them and tell', 'diganles que no', 'diganles que si', 'a oponerse', 'vayan a oponerse', 'go oppose', 'votes down', 'vote down', 'votes it down', 'shoots down', 'que lo rechacen', 'que la rechacen', 'rechacenlo', 'rechacenla', 'highway robbery', 'no al aumento', 'no a la rezonificacion',
      // session 15
      'yo digo que no', 'yo digo q no', 'compartanlo', 'hay que pararlo', 'hay que pararla', 'hay q tumbarlo', 'hay que tumbarlo', 'shame on them', 'against it',
      'so am i', 'llenen la sala', 'todos a la sesion', 'come oppose it', 'oppose it', 'speak against', 'must pass', 'show support', 'es una traicion',
    ],
    // session 15: a push for or against a named contender, strong enough without a race word ("vote out Councilman Pruitt").
    /** Voting a contender in or out, said outright. */
    pol_vote_push: [
      'vote for', 'vote out', 'voten por', 'voten x', 'vote por', 'vote por el', 'vote por ella', 'votar por', 'votenle', 'ni un voto', 'not one vote',
      'no le den su voto', 'no les den su voto', 'reelect', 're elect', 'reelijan', 'reelijamos', 'you did the right thing', 'did the right thing', 'es de los nuestros',
      'one of ours', 'needs your vote', 'necesita tu voto', 'necesita su voto', 'the only one who', 'el unico que', 'la unica que', 'vamos con', 'estoy con', 'i m with',
    ],
    /** Round 6: what cancels such a push (results, reports, instructions to comment). */
    pol_push_guard: ['results', 'approved', 'aprobo', 'aprobaron', 'passed with', 'written comments', 'comments go to', 'livestream', 'watch the', 'recalled', 'sign up', 'looks at', 'look at', 'take a look', 'considers', 'revisit', 'next cycle', 'next budget'],
  },
  frames: [
    {
      id: 'judgement.political.takes_side',
      category: 'political',
      message: {
        en: 'Takes a side in an election, on a candidate, a party or a ballot measure. City employees may not campaign for or against them.',
        es: 'Toma partido en una elección, por un candidato, un partido o una propuesta en la boleta. Los empleados de la Ciudad no pueden hacer campaña a favor o en contra.',
      },
      cooccur: [
        { all: ['pol_race', 'pol_side'], within: 8, unless: ['pol_logistics'], guardWithin: 10 },
        { all: ['pol_party', 'pol_party_take'], within: 4, unless: ['pol_logistics'], guardWithin: 8 },
        { all: ['pol_council_item', 'pol_item_take'], within: 8, unless: ['pol_logistics'], guardWithin: 8 },
        { all: ['pol_campaign_act', 'pol_office'], within: 8, unless: ['pol_logistics'], guardWithin: 8 },
        // Round 6: a push on the item anywhere in its sentence ("item 7 rezoning … come fill the room and kill it").
        { all: ['pol_council_item', 'pol_item_push'], within: 16, unless: ['pol_push_guard'], guardWithin: 8 },
        // session 15: a contender named by title and voted in or out ("vote out Councilman Pruitt", "el regidor X es el único que…").
        { all: ['pol_office', 'pol_vote_push'], within: 6, unless: ['pol_logistics'], guardWithin: 8 },
      ],
      // session 15: a party ticket ("voten rojo", "vote straight Democrat") and a campaign slogan with its year ("Gómez for Council 2027",
      // "Fuera Martínez 2026") are a side taken without a race word.
      patterns: [
        '(?:voten|vote|votar|votemos|vota|votaremos|votamos|voy a votar|go vote) (?:straight )?(?:rojo|azul|red|blue|democrata|democrat|democrats|republicano|republican|republicans|straight ticket|straight party)(?![^ .])',
        '[a-z]+ for (?:council|mayor|judge|county judge|sheriff|commissioner|district [0-9]+|congress|senate|governor|school board) 20[2-3][0-9](?![^ .])',
        '(?:fuera|fuerza|vota|vote|team|equipo) [a-z]+ 20[2-3][0-9](?![^ .])(?<!(?:team|equipo) (?:usa|mexico|city|ciudad|parks|parques|[a-z]+ s) 20[2-3][0-9])',
      ],
      examples: {
        hit: [
          'Ese es mi gallo para alcalde 🐓',
          'If y\'all vote for Garza in District 3 I\'ll make sure your street gets paved.',
          'Anyone but Ortega this time, y\'all, he has done nothing for District 5.',
          'Ramirez would be a disaster as mayor, please don\'t let that happen',
          'Mi voto es para la licenciada Treviño, es la mejor para el distrito',
          'Los demócratas solo quieren subir impuestos, no se dejen',
          'Council is voting on the water rate increase next week and it needs to fail',
          'proud to wear my Garza campaign shirt on my day off',
          // session 15
          'ya doné 20 dólares a la campaña de la licenciada Ochoa, únanse',
          'this Saturday we go door to door for councilwoman Baca, meet at the Eastside library',
          'El reglamento de los food trucks se vota el jueves y es injusto, vayan a protestar',
          'the rezoning hearing is Monday and it must pass, bring your whole crew to show support',
          'if you care about the library, vote out Councilman Reyes in May',
          'voten rojo este año, raza, no hay de otra',
          'Salas for Council 2029, link in my stories',
        ],
        miss: [
          'No les voy a decir por quién voté, pero voten, las casillas cierran a las 7.',
          'Council voted on the District 5 park plan; minutes are posted online.',
          'Polls are open 7 a.m. to 7 p.m. Saturday. Go vote, whoever you pick!',
          'Candidate forum Thursday at 6pm at the Main Library, all candidates invited, open to the public.',
          'Council approved the budget 6 to 2 last night.',
          'The 5K race is Saturday, come support our lifeguards!',
          'The council agenda for Tuesday includes the Mesa rezoning; sign up for public comment online.',
          // session 15
          'The hearing on the noise ordinance was moved to Thursday at 6 pm.',
          'Thanks to everyone who voted early, the results will be posted at 8 pm.',
          'Nos vemos de puerta en puerta entregando los avisos de la vacuna, gracias equipo.',
          'Councilwoman Baca cut the ribbon at the new splash pad today.',
          'Team Parks 2026 took first place at the chili cook-off!',
        ],
      },
    },
    {
      id: 'judgement.political.steer_vote',
      category: 'political',
      message: {
        en: 'Tells people how to vote, or hints who to vote for. City employees may not campaign for or against candidates or measures.',
        es: 'Le dice a la gente cómo votar o insinúa por quién votar. Los empleados de la Ciudad no pueden hacer campaña a favor o en contra de candidatos ni de propuestas.',
      },
      patterns: [
        '(?:ya )?(?:saben|sabes|sepan) por quien(?: (?:votar|vote|voten))?|(?:ya )?(?:saben|sabes|sepan) a quien (?:votar|elegir|apoyar)',
        'vote accordingly|voten (?:con cabeza|bien)|vota bien',
        '(?:voting|vote|votes|election|elections|ballot|polls) (?:[^ .]+ ){0,4}(?:do the right thing|you know what to do|you know who)',
        '(?:four|4) more years|(?:trump|biden|harris|abbott|desantis|obama|beto) (?:2016|2020|2024|2026|2028)|lets go brandon|let s go brandon|fjb',
        'vote (?:them|him|her|em) out|vote (?:the |these |those |our |that )?(?:[^ .]+ ){0,2}out (?:in|on|this|next)|new blood on',
        '(?:voten|vote|votemos|vota|votar) que (?:no|si)',
        // Round 6: steering to "the right people", a party's colour kept, a straight ticket.
        '(?:vote|voting|votes|pick|picked|picks|choose|chose|elect|votar|voten|votaron|elijan) (?:for )?(?:the )?right (?:people|ones|candidate|candidates|person|side|party)|(?:voten|votar|votaron|votara) por (?:los|las) (?:buenos|buenas|correctos|correctas)',
        '(?:know|knows|sabe|saben|sabes|sepan) (?:which way|how|who|por quien|como|a quien) (?:to vote|votar|voten)|(?:pick|vote for|elect|choose|voten por|elijan a|elijan) (?:the |los |las )?(?:candidates?|candidatos?|candidatas?|ones|people) (?:who|that|que) (?:ll|will|keep|support|apoyan|van a|nos)',
        '(?:vote|voten|votar|votamos|voting) straight (?:ticket|party|democrat|republican)|(?:siga|sigue|seguir|mantener|pintar|pintemos|pintamos) (?:el valle |texas |el condado |la frontera |el paso |harlingen )?(?:azul|rojo)(?: |$)',
        '(?:sacar|saquemos|saquen|correr|corramos|tumbar|tumbemos) (?:al|a la) (?:alcalde|alcaldesa|concejal|concejala|comisionado|regidor|regidora)',
        '(?:vote|voten|votar|voto|votes|votas) por (?:el |la )?{title}',
        '(?:quien|quienes|whoever|anyone who|anybody who|el que) (?:vote|voten|votes|vota) por [^ .]+',
        'only (?:real |true |good )?[a-z]+ (?:should|can|deserve to) (?:be on|run for|sit on|serve on) (?:the )?(?:council|commission|city council|ballot|office)',
        // Round 5: voting (again) for a person named by office, said as a question or a taunt: "¿a poco van a votar otra vez por el mismo concejal?"
        `(?:vote|voten|votar|votes|vota|votas|votemos|votaran) (?:otra vez |de nuevo |again |nuevamente )?(?:por|for) (?:el |la |los |las |the |that |this |ese |esa |este |esta )?(?:mismo |misma |same |nuevo |nueva |new )?${OFFICE}`,
        // Round 5: the person is out at the next election: "en las próximas elecciones se va", "come November he's gone".
        '(?:next election|come november|in november|come may|in may|at the polls|en las (?:proximas )?elecciones|en las urnas|en noviembre|en mayo) (?:he s|she s|they re|hes|shes|theyre|se|ese|esa|esos) (?:va|van|gone|out|done|history|toast|finished)',
        // Round 5: campaign hashtags: #VoteThemOut, #FueraAlcaldesa, #NoOnProp1, #YesOnA, #GarzaForMayor.
        '#(?:vote(?:them|him|her|em)out|vote(?:blue|red|no|yes)[a-z0-9]*|fuera[a-z]+|noon[a-z0-9]+|yeson[a-z0-9]+|recall[a-z]+|reelect[a-z]+|(?:no|si)ala(?:propuesta|prop)[a-z0-9]*|[a-z]+for(?:mayor|council|congress|governor|senate|judge|sheriff|alcalde|president))',
        // Round 5: one's own candidacy: "thinking about running for council", "me voy a lanzar para regidor".
        `(?:i m|im|i am|thinking about|thinking of|planning to|planning on|gonna|going to|voy a|me voy a|pienso|quiero) (?:[^ .]+ ){0,2}(?:running|run|lanzar|lanzarme|postular|postularme|contender) (?:for|para|como|por) (?:[^ .]+ ){0,1}(?:${OFFICE}|office|el puesto|el cargo)`,
      ],
      examples: {
        hit: [
          'Early voting starts Monday, you know what to do neighbors 😉',
          'Vote accordingly, y\'all. That\'s all I\'m saying.',
          'Four more years for our commissioner!!',
          'El sábado ya saben por quién votar 😉',
          'Ni se les ocurra votar por la Lic. Garza, voten bien.',
          'Are you really going to vote for the same commissioner again? lol',
          'Come November she\'s gone, mark my words.',
          '#FueraElRegidor ya estuvo bueno',
          'Pienso lanzarme para regidor el año que viene, ¿quién me ayuda?',
        ],
        miss: [
          'Polls are open 7 a.m. to 7 p.m. Saturday. Go vote, whoever you pick!',
          'Early voting runs through Friday at all library branches.',
          'Council approved the budget 6 to 2 last night.',
          'Las casillas abren a las 7. ¡Vayan a votar, es su derecho!',
          'Election season means signs on every pole on Zaragoza, I just want shade lol',
          'Early voting in the May election starts Monday at every library branch. #VoteEarly',
          'Si fuera por mí, votaría por el menú de tacos en la posada jaja',
        ],
      },
    },
    {
      id: 'judgement.political.campaign',
      category: 'political',
      message: {
        en: 'Campaigns for a candidate (endorsing, volunteering, rallying support). City employees may not take part in campaigns through posts about the City or on work time.',
        es: 'Hace campaña por un candidato (apoyo, voluntariado, reunir apoyo). Los empleados de la Ciudad no pueden participar en campañas en publicaciones sobre la Ciudad ni en horas de trabajo.',
      },
      patterns: [
        `(?:endorsed?|endorses|endorsing|backing|supporting|rooting for|voting for|vote for|campaigning for|volunteering for) (?:[^ .]+ ){0,3}for ${OFFICE}`,
        `[a-z]+ for ${OFFICE} (?:team|campaign|headquarters|hq|volunteers?|signs?|rally)`,
        '#[a-z]+for(?:council|mayor|d[0-9s]+|district[0-9s]*|commissioner|sheriff|judge|alcalde|concejal)',
        '(?:block ?walk(?:ing)?|blockwalk(?:ing)?|phone ?bank(?:ing)?|canvass(?:ing)?|door ?knocking) (?:with|for) [^ .]+',
        '(?:the )?only (?:candidate|one running) (?:who|that)|(?:el unico|la unica) (?:candidato|candidata) que|(?:best|right|mejor) (?:candidate|candidato|candidata) (?:for|para|is|es)',
        `(?:endorsed|endorses|endorsing|endorsement of|respaldo a|apoyo a|apoyamos a) (?:[^ .]+ ){0,2}(?:{title}|candidate|candidato|candidata)`,
        'introduc[a-z]* (?:[^ .]+ ){0,4}candidate',
        'let ?s get (?:him|her|them) (?:to|into|in|elected|reelected|on)',
        '(?:nuestro|nuestra|our) (?:candidato|candidata|candidate)',
        '(?:democratic|republican|democrat|gop) (?:party )?(?:headquarters|hq|office|club|meeting|fundraiser|rally|precinct|convention|block walk)|(?:junta|oficina|mitin|convencion) del partido',
        '(?:letreros?|signs?|playeras|camisetas|shirts?|stickers?|calcomanias) (?:de|del|for) (?:[^ .]+ ){0,2}(?:para|for) (?:alcalde|alcaldesa|concejal|concejala|mayor|council|comisionado|commissioner|distrito|district)',
        '(?:donate|contribute|chip in|give|donen|aporten|cooperen) (?:[^ .]+ ){0,3}(?:to |a )?(?:the |la |a la )?(?:[^ .]+ )?(?:campaign|campana)',
        '(?:volunteer(?:ing)?|knock(?:ing)? (?:on )?doors|block ?walk(?:ing)?|phone ?bank(?:ing)?|canvass(?:ing)?) (?:[^ .]+ ){0,3}(?:campaign|candidate|for (?:mayor|council))',
        '(?:fundraiser|rally|recaudacion|mitin) (?:for|with|para|de|del|con) (?:the |el |la )?(?:{title}|candidate|candidato|candidata|campaign|campana)',
        '(?:party|fiesta|event|evento|meeting|junta|fundraiser|bbq|carne asada) (?:for|with|para|de|del) (?:the |la |el )?(?:[^ .]+ ){0,1}(?:campaign|campana)',
        // A candidate pushed by name: "vote Maria Torres for District 3", "Lopez for Mayor", "keep Commissioner Diaz in office".
        '(?:vote|elect|reelect|re elect|votes|voten|vota) [^ .]+ (?:[^ .]+ )?(?:for|para) (?:district|distrito|mayor|alcalde|alcaldesa|council|concejo|concejal|commissioner|comisionado|sheriff|judge|juez|governor|gobernador|senate|senado|congress|congreso|school board|d[0-9])',
        '(?:keep|put|get|send|mantener|llevar) (?:[^ .]+ ){1,2}(?:in office|into office|on the council|on council|back in office|to city hall|en el puesto|en el cargo|al concejo)',
        '(?:mitin|mitines) (?:de|del|de la|con|para) [^ .]+|(?:rally|fundraiser|block walk|town hall) (?:for|with) (?:senator|state senator|rep|representative|congressman|congresswoman|governor|candidate|commissioner|councilman|councilwoman|judge|sheriff)',
        '(?:apoyen|apoya|apoyemos|apoyo|support|back|backing|supporting) (?:la |a la |the |my |our |mi |nuestra )?(?:campana|campaign) (?:de|del|de la|for|of) [^ .]+',
        'yard signs?|(?:signs?|shirts?|stickers?|letreros?) (?:for|de|del) (?:[^ .]+ ){0,2}for ' + OFFICE,
        // Round 6: one's own candidacy at the start of a sentence or after "I'm": "Running for City Commission this year".
        `running (?<=(?:^|\\. |i m |im |i am |am )running )for (?:[^ .]+ ){0,3}(?:city |county )?${OFFICE}`,
      ],
      examples: {
        hit: [
          'Our union endorsed Marisa Lujan for council. Proud of that.',
          'Phone banking with the Gomez for Mayor team tonight, come help!',
          'Knocked doors all morning #RuelasForD2',
          'Busco voluntarios pa\' cuidar las casillas el domingo, que no le hagan trampa a nuestro candidato.',
          'The only candidate who ever showed up at our station was Lena Park. Just saying.',
        ],
        miss: [
          'We had 180 candidates apply for lifeguard jobs this summer!',
          'Watched the mayoral debate with my dad. Make up your own mind, the recording is online.',
          'Introducing our new library director, Ms. Carla Reyes!',
          'Soy juez electoral en la escuela Bowie hoy, gracias a los voluntarios.',
        ],
      },
    },
    {
      id: 'judgement.political.ballot_measure',
      category: 'political',
      message: {
        en: 'Takes a side on a ballot measure, recall or petition. City employees may not campaign for or against measures.',
        es: 'Toma partido sobre una propuesta en la boleta, una revocación o una petición. Los empleados de la Ciudad no pueden hacer campaña a favor o en contra de propuestas.',
      },
      patterns: [
        '(?:si|no) a la (?:proposicion|prop|enmienda|medida|propuesta|revocacion)',
        '(?:pass|defeat|kill|approve|reject|stop|support|oppose|aprobar|rechazar|tumbar) (?:[^ .]+ ){0,5}(?:on|in|en) (?:the |la |las )?(?:[a-z]+ )?(?:ballot|boleta|urnas)',
        'recall (?<!(?:stop|quit|dont|don t|not|never|no)(?: [^ .]+){0,3} recall )(?:him|her|them|the mayor|the commissioner|the councilman|the councilwoman|{title})|(?:yes|no) on the recall|recall (?:fund|petition|election|campaign|effort)',
        '(?:sign|signing|firmar|firmen|firma|firmaron) (?:[^ .]+ ){0,3}(?:petition|peticion) (?:[^ .]+ ){0,2}(?:recall|referendum|referendo|revocacion|ballot|boleta)',
        '(?:petition|peticion) (?<!(?:recibio|received|receives|recibe|certified|certifico|verified|verifico|valido|validated)(?: [^ .]+){0,4} )(?:del |de |de la |for the |for a |to )?(?:recall|referendum|referendo|revocacion)',
        // Round 6: signing so that a person or a measure gets on the ballot; "recall a la alcaldesa".
        '(?:firmen|firma|firmar|firme|firmamos|sign|signed|signing) (?!up )(?:[^ .]+ ){0,11}(?:boleta|ballot)',
        'recall (?:a la|al|a) (?:alcalde|alcaldesa|concejal|concejala|comisionado|comisionada|regidor|regidora|juez|jueza|sheriff)',
        '(?:revocacion|recall) (?:del?|de la|of) (?:the )?(?:concejal|concejala|alcalde|alcaldesa|comisionado|comisionada|regidor|regidora|mayor|councilman|councilwoman|council member|commissioner|juez|judge)',
        // A position on an item pending before the council: "ojalá aprueben la propuesta", "hope council kills the rezoning".
        '(?:ojala|espero que|esperemos que|i hope|hope|hopefully|let s hope|lets hope) (?:council |el concejo |they |la comision |the commission |commission |los concejales )?(?:aprueben|rechacen|apruebe|rechace|tumben|approves?|pass(?:es)?|rejects?|votes? down|kills?|shoots? down) (?:la |el |the |that |this |esa |ese |esta |este )?(?:[^ .]+ ){0,3}(?:propuesta|proposal|ordinance|ordenanza|rezoning|rezonificacion|item|measure|medida|contract|contrato|deal|plan|budget|presupuesto|aumento|increase|amendment|enmienda|bond|rate hike|fee|tax|stadium|arena|project|proyecto)',
      ],
      examples: {
        hit: [
          'We have to defeat the library bond on the May ballot, it\'s a money grab.',
          'Recall him! He hasn\'t done a thing for District 4.',
          'Firmen la petición del referendo del estadio, tengo hojas en mi escritorio.',
          '¡NO a la Propuesta A! Pásenlo.',
        ],
        miss: [
          'Recall alert: several car seat models were recalled this month. Free checks at Station 5.',
          'My daughter and I looked at the sample ballot together at breakfast.',
          'Prop A passed with 62 percent of the vote, results are on the county site.',
          'Sign the guest book at the museum entrance!',
        ],
      },
    },
    {
      id: 'judgement.political.pending_item',
      category: 'political',
      message: {
        en: 'Takes or rallies a position on an item pending before the council. City employees may not take public positions on pending council items.',
        es: 'Toma o promueve una postura sobre un asunto pendiente ante el concejo. Los empleados de la Ciudad no pueden tomar posturas públicas sobre asuntos pendientes.',
      },
      patterns: [
        '(?:call|email|text|write|contact|tag) (?:your|the) (?:rep|representative|council ?member|councilman|councilwoman|commissioner|council|concejal) (?:[^ .]+ ){0,2}(?:and )?(?:tell (?:them|him|her) [^ .]+|(?:to )?(?:support|oppose|vote|say))',
        '(?:call|email|text|write|contact) your (?:rep|representative|council ?member|councilman|councilwoman|commissioner|concejal|state rep)',
        '(?:council|commission|concejo|cabildo|commissioners|councilmembers) (?:better|had better|needs to|need to|should|must|has to) (?:vote|kill|pass|approve|reject|deny|votar|aprobar|rechazar)',
        '(?:support|oppose|fight|stop|kill|reject|approve|pass|apoyen|rechacen|tumben) (?:the |this |that |el |la |este |esta )?(?:[^ .]+ ){0,3}(?:item|ordinance|rezoning|resolution|zoning change|ordenanza|rezonificacion|propuesta) (?:on|at|before|this|next|tuesday|monday|el|en|este)',
        '(?:show up|come out|comes out|turn out|be there|pack the (?:chambers|meeting|room)) (?:and |to |in )?(?:support|oppose|vote|fight|say no|say yes)',
        'pack the (?:council )?(?:chambers|meeting)|(?:remember|recuerden|acuerdense de) (?:who|quien|quienes) (?:[^ .]+ ){0,5}(?:when you vote|at the polls|on election day|the incumbent|en las urnas|cuando voten|en las elecciones)',
        'public comment to (?:say|oppose|support|speak|tell|fight|stop|push|demand)',
        '(?:llamen|hablen|escribanle|escriban|marquen) (?:a|al) (?:su |tu )?(?:concejal|concejala|representante|comisionado|regidor|regidora) (?:[^ .]+ ){0,2}(?:y )?(?:diganle|digan|pidanle)',
        `(?:${OFFICE}|la oficina|the office) (?:[^ .]+ ){0,3}(?:esta|is) (?:[^ .]+ ){0,2}(?:en contra|a favor|against|in favor|opposed)`,
        'va a votar (?:que )?(?:no|si|a favor|en contra)',
        // Round 6: the item named in one sentence, the push in the next ("The council votes Tuesday on X. … make them pass it").
        '(?:council|concejo|cabildo|commission|commissioners|councilmembers|concejales|comision|comisionados|planning|la sesion|agenda|resolution|ordinance|ordenanza|rezoning|rezonificacion) (?![^.]{0,100}(?:results|approved|aprobo|aprobaron|sign up|written comments))[^.]{0,99}\\. [^.]{0,80}?(?:make them pass|make them vote|tell them no|tell them yes|diganles que no|diganles que si|pass it|kill it|que lo aprueben|que la aprueben|lo tumben|la tumben|apruebenlo|tumbenlo|fully support|vote it down|voten que no|voten que si)',
      ],
      examples: {
        hit: [
          'The rezoning on Dyer comes up Tuesday. Call your councilmember and tell them to vote no!',
          'Please show up and support the bike lane item at Tuesday\'s meeting.',
          'I\'ll be at public comment to oppose the park sale, join me.',
          'Llamen a su concejal y díganle que no al nuevo estacionamiento.',
          'El concejal está totalmente en contra del proyecto y va a votar que no.',
        ],
        miss: [
          'Public hearing on the short-term rental ordinance is Oct 14. Written comments go to the City Clerk.',
          'Council meets Tuesday 9am. Full agenda and comment sign-up on the Clerk page.',
          'Council approved the rec center contract last night, groundbreaking in spring.',
          'La junta del concejo es el martes a las 9, la agenda está en línea.',
        ],
      },
    },
  ],
};
