import type { CategoryJudgement } from '../types';

/**
 * commercial: selling, side businesses, plugs for private businesses, referral links, MLM,
 * sponsorship plugs. Families: an offer + a price ("full set $35", "$20 la docena"), a way to buy
 * ("DM me", "order by Wednesday", "apártenlos"), a plug ("tell them I sent you", "my food truck is
 * parked…", "brought to you by"), a referral ("sign up through my link"). City fees, city surplus
 * sales and goods-only drives name prices without a seller's offer, and stay clean.
 *
 * Round 6 families (from the round-6 dev part's misses, written as concepts):
 * - a seller + a price anywhere later in the sentence, said in the third person too ("se venden
 *   boletos … $50", "mi hija vende … $25 la pareja"), and more units ("$5 a ticket", "$1 la silla");
 * - a deal offered to coworkers: a discount, 2x1, half price, priority or a lowered commission + the
 *   city's employees as the audience ("city employees get priority", "a los compañeros les cotizo gratis");
 * - a side job: "off duty / by night / en mis ratos libres" + a trade ("lash tech", "agente de seguros");
 * - a relative's business + an invitation or a deal ("el bar de mi cuñado … 2x1", "es de mi primo, vayan");
 * - a coupon or promo code pushed ("usen el cupón BOMBERO10"), a subscription page ("suscríbanse", "link en mi perfil");
 * - money collected to the author for a private cause ("mándenme lo que puedan a mi Cash App", "give it to me by Friday").
 * Clean twins: employee perks run by the City (HR's leave bank, the zoo's card discount), city box offices.
 */
// Not after a ticket, pass, fee or a city class earlier in the sentence: "Tickets for Boo at the Zoo are $8 each", "swim lessons are $20 per session" are city prices.
const UNIT_PRICE = '(?<!(?:tickets|ticket|passes|pass|admission|entry|entrada|boletos|fee|fees|rentals?|rates?|tarifas?|lessons?|classes|clases|camp|campamento|registration|inscripcion|program|programa|pago|paga|pagan|pagamos|pay|pays|paying|paid|salary|sueldo|salario|wage|wages|starting|earn|ganan|hiring|contratando|se necesitan)(?: [^ .]+){0,9} )\\$[0-9]+(?: [0-9]{3})? (?:(?:la|el|los|las) (?:docena|pluma|pieza|orden|kilo|libra|bolsa|caja|charola|porcion|plato|set|silla|sillas|mesa|mesas|pareja|persona|boleto|chico|chica|grande|mediano|hora|sesion|clase|corte|frasco|bote|noche|cuadro|numero|unidad|paquete)|(?:a|per|por) (?:dozen|yard|plate|piece|box|tray|lawn|pan|order|set|head|ticket|square|chance|person|couple|hour|session|class|bag|jar|load|trip|visit|run|week|month|room|car|tire|pareja|persona|boleto|hora|cabeza|dia|noche|numero|viaje|carga|vuelta|semana|mes|cuarto|carro|llanta)|each|ea|flat|firm|obo|cada uno|cada una|c u)';

// session 15: a price said in words, not with "$" ("40 dólares el set", "15 la docena", "2 dlls cada uno", "1800 each", "a peso cada
// uno"): a number with a currency word, or a number with a unit of sale. Not after a ticket, fee or city class (UNIT_PRICE's lookbehind).
const CITY_PRICE_BEFORE = '(?<!(?:tickets|ticket|passes|pass|admission|entry|entrada|boletos|fee|fees|rentals?|rates?|tarifas?|lessons?|classes|clases|camp|campamento|registration|inscripcion|program|programa|pago|paga|pagan|pagamos|pay|pays|paying|paid|salary|sueldo|salario|wage|wages|starting|earn|ganan|hiring|contratando|se necesitan)(?: [^ .]+){0,9} )';
const WORD_PRICE = [
  `${CITY_PRICE_BEFORE}(?<![0-9] )[0-9]+ (?:dolares|dlls|dls|dolls|dollars|bucks|pesos|varos|dolaritos)(?! (?:de multa|fine|in fines|en multas|de deuda|de renta|rent|a month in|al mes en))(?:(?: [^ .]+){0,3} (?:la|el|los|las|each|cada|a|per|por|the|for a|for the|for) (?:docena|dozen|frasco|jar|bote|set|full set|chico|chica|grande|pieza|piece|uno|una|orden|order|plate|plato|tira|bolsa|bag|semana|week|hora|hour|clase|class|lesson|person|persona|boleto|ticket|caja|box|charola|tray|kilo|libra|pound|tambo|litro|galon|gallon|corte|cut|sesion|session|one|pair|par|playera|camiseta|shirt))`,
  `${CITY_PRICE_BEFORE}(?<![0-9] )(?:a |at |for |por |en )?[0-9]+ (?:la docena|a dozen|the dozen|per dozen|each|cada uno|cada una|el frasco|la tira|el tambo|la pieza|la orden|el plato|la bolsa|la semana|a week|per week|la hora|an hour|per hour|el set|a set|por persona|per person)(?![^ .])`,
  '(?:a|at) (?:peso|un peso|un dolar|one dollar|a dollar|dos pesos|diez pesos) (?:cada uno|cada una|each|la pieza|el paquete)',
];

// Round 6: a relative's business in both languages ("el bar de mi cuñado", "my brother-in-law's place", "es de mi primo").
const KIN_ES = ['cunado', 'cunada', 'primo', 'prima', 'hermano', 'hermana', 'esposa', 'esposo', 'tio', 'tia', 'compadre', 'comadre', 'suegro', 'suegra', 'mama', 'papa', 'hijo', 'hija', 'sobrino', 'sobrina', 'vieja', 'viejo', 'novio', 'novia', 'amigo', 'amiga'];
const KIN_EN = ['brother in law', 'sister in law', 'brother', 'sister', 'cousin', 'uncle', 'aunt', 'tia', 'tio', 'wife', 'husband', 'mom', 'dad', 'son', 'daughter', 'nephew', 'niece', 'compadre', 'buddy', 'friend', 'boyfriend', 'girlfriend', 'in laws'];
const BIZ_ES = ['bar', 'puesto', 'puestito', 'negocio', 'restaurante', 'taqueria', 'tienda', 'taller', 'troca', 'lonchera', 'local', 'panaderia', 'estetica', 'salon', 'barberia', 'carniceria', 'food truck'];
const BIZ_EN = ['place', 'shop', 'store', 'business', 'restaurant', 'truck', 'food truck', 'bakery', 'salon', 'bar', 'taqueria', 'stand', 'spot', 'garage', 'barbershop'];
const KIN_BIZ = [
  ...KIN_ES.flatMap((k) => [`es de mi ${k}`, `son de mi ${k}`, ...BIZ_ES.map((b) => `${b} de mi ${k}`), `mi ${k} tiene un`, `mi ${k} abrio`, `mi ${k} vende`]),
  ...KIN_EN.flatMap((k) => [`it s my ${k} s`, `its my ${k} s`, `owned by my ${k}`, `my ${k} owns`, `my ${k} runs`, `my ${k} just opened`, ...BIZ_EN.map((b) => `my ${k} s ${b}`)]),
];

export const commercial: CategoryJudgement = {
  words: {
    /** First-person offers of goods or services (en, es). */
    seller_offer: [
      'hago', 'vendo', 'vendemos', 'instalo', 'preparo', 'arreglo', 'corto', 'limpio', 'ofrezco', 'cocino', 'horneo', 'traigo', 'reparo', 'pinto',
      'i make', 'i bake', 'i sell', 'we sell', 'we make', 'i install', 'i fix', 'i clean', 'i paint', 'i cater', 'i braid', 'i tutor', 'i repair',
      'mowing', 'selling my', 'selling our', 'im selling', 'i m selling', 'we re selling', 'now selling',
    ],
    /** Trades and services people offer on the side. */
    service_trade: [
      'photographer', 'dj', 'baker', 'makeup artist', 'nail tech', 'hair stylist', 'barber', 'tattoo artist', 'mariachi', 'caterer', 'tutor', 'notary',
      'tax preparer', 'mechanic', 'electrician', 'plumber', 'painter', 'handyman', 'house cleaner', 'babysitter', 'realtor', 'insurance agent',
      'roofer', 'landscaper', 'welder', 'fotografo', 'fotografa', 'maquillista', 'estilista', 'peluquero', 'mecanico', 'electricista', 'plomero', 'pintor',
      'albanil', 'ninera', 'contador', 'notario', 'pastelera', 'pastelero', 'jardinero', 'soldador',
    ],
    /** Multi-level marketing brands people sell for from home. */
    mlm_brand: [
      'scentsy', 'mary kay', 'avon', 'pampered chef', 'herbalife', 'tupperware', 'younique', 'color street', 'paparazzi', 'arbonne', 'monat', 'amway',
      'partylite', 'jafra', 'omnilife', 'pure romance', 'norwex', 'it works', 'doterra', 'young living', 'rodan and fields', 'rodan fields', 'lularoe',
      // round 5: more direct-sales brands sold in the US and Mexico
      'primerica', 'cutco', 'plexus', 'beachbody', 'isagenix', 'melaleuca', 'nu skin', 'nuskin', 'senegence', 'world financial group', 'wfg', 'thirty one', 'usborne books', 'tastefully simple', 'le vel', 'fuxion', '4life', 'shaklee', 'zermat', 'betterware', 'price shoes', 'yanbal', 'esika', 'cyzone', 'stanhome', 'dupree',
    ],
    /**
     * Round 4: the concept of selling, from the policy's wording (selling, promo codes, side
     * businesses, MLM, raffles, GoFundMe and other fundraising, sponsorships): what is offered.
     */
    com_offer: [
      'selling', 'for sale', 'se vende', 'se venden', 'vendiendo', 'a la venta', 'en venta', 'taking orders', 'my rates', 'rates', 'prices', 'precios', 'free quote',
      'free estimate', 'free estimates', 'cotizacion', 'cotizaciones', 'raffle', 'raffling', 'raffle tickets', 'rifa', 'rifando', 'rifamos', 'gofundme', 'go fund me',
      'fundraiser', 'fundraising', 'fund raiser', 'please donate', 'donen', 'cooperacion', 'cooperen', 'venta de', 'ofrezco', 'business opportunity', 'oportunidad de negocio',
      'side hustle', 'side business', 'join my team', 'unete a mi equipo', 'earning', 'ganando', 'catalog', 'catalogo', 'promo code', 'discount code', 'use code', 'usa el codigo',
      'usen el codigo', 'codigo de descuento', 'sponsored', 'sponsored by', 'patrocinado', 'ad', 'best deals', 'great deals', 'ofertas', 'a domicilio', 'entrega a domicilio',
      'home delivery', 'booking', 'book now', 'citas disponibles', 'appointments available', 'etsy', 'my shop', 'my store', 'mi tienda',
      'mi negocio', 'my business', 'my page', 'mi pagina', 'plates', 'platos', 'dinners', 'cenas', 'tamales', 'pasteles', 'cakes', 'haircuts', 'cortes de pelo', 'notary',
      'for quinces', 'para quinces', 'para toda ocasion', 'for all occasions', 'every occasion', 'extra tickets', 'boletos extra', 'orders', 'pedidos', 'encargos',
      'vende', 'venden', 'sells', 'is selling', 'buen precio', 'a buen precio', 'good price', 'good prices', 'i do it', 'reasonable', 'jars', 'frascos', 'se gana', 'ganar extra', 'extra money', 'dinero extra',
      // round 5: services people sell on the side (beauty, taxes, insurance, phone plans), selling and renting words, savings pitches, plugs (first month free, mention my name)
      'lash extensions', 'lashes', 'pestanas', 'extensiones de pestanas', 'full set', 'acrylics', 'acrilicas', 'nails', 'gel nails', 'brows', 'cejas', 'facials', 'faciales', 'massage', 'masajes', 'braids', 'trenzas', 'tattoos', 'tatuajes', 'haircut', 'taxes done', 'tax returns', 'declaraciones', 'declaracion de impuestos', 'life insurance', 'seguro de vida', 'seguros de carro', 'car insurance', 'auto insurance', 'insurance quote', 'phone plan', 'plan de celular', 'im licensed', 'i m licensed', 'licensed now', 'ya tengo licencia', 'out of my house', 'out of my home', 'from my house', 'desde mi casa', 'en mi casa', 'save you', 'te ahorro', 'les ahorro', 'ahorrarles', 'switch you', 'full price', 'lower your bill', 'cheaper than', 'mas barato que', 'way cheaper', 'first month free', 'primer mes gratis', 'free trial', 'prueba gratis', 'mention my name', 'mencionen mi nombre', 'tell them i sent you', 'de mi parte', 'van de mi parte', 'vendo', 'vendemos', 'obo', 'best offer', 'or best offer', 'remato', 'remate', 'se renta', 'se rentan', 'rento', 'for rent', 'renting out', 'alquilo', 'se alquila', 'se traspasa', 'traspaso', 'liquidando', 'clearance', 'brincolines', 'jumpers', 'bounce house', 'mesas y sillas', 'tables and chairs', 'party rentals', 'detailing', 'car wash', 'lavado de carros', 'catering', 'banquetes', 'tumblers', 'personalizados', 'personalizadas',
      // round 7
      'vendo', 'vendemos', 'i sell', 'we sell', 'i also sell', 'ando vendiendo', 'estoy vendiendo', 'ganancias garantizadas', 'guaranteed returns', 'guaranteed profit', 'guaranteed income', 'inversion minima', 'minimum investment', 'get rich', 'hacerse ricos', 'hacerte rico', 'passive income', 'ingresos pasivos', 'criptomonedas', 'crypto', 'forex', 'be your own boss', 'se tu propio jefe', 'work from home', 'trabaja desde casa', 'mi catalogo', 'my catalog', 'juguetes para adultos', 'juguetitos', 'ropa de paca', 'de paca', 'pacas', 'a mitad de precio', 'half price',
      // round 7: from knowledge of how it is said (slang, idiom, border Spanish)
      'use my link', 'link en mi bio', 'ya esta disponible', 'ya tengo disponible', 'tengo disponible', 'tengo disponibles', 'me quedan', 'still have a few', 'quedan pocos', 'se me acaban', 'before they re gone', 'venta de garage', 'yard sale', 'garage sale', 'en la pulga', 'mi puesto', 'chacharas', 'fayuca', 'mercancia', 'tanda', 'tandas', 'abro tanda', 'la tanda', 'entren a la tanda', 'plates de', 'barbacoa', 'burritos', 'gorditas', 'elotes', 'raspas', 'aguas frescas', 'cheesecakes', 'galletas', 'pan de elote', 'pozole', 'empanadas', 'conchas', 'velas', 'candles', 'jewelry', 'joyeria', 'perfumes', 'bolsas', 'purses', 'shirts for sale', 'playeras', 'tumblers', 'vasos personalizados', 'personalized', 'personalizados', 'custom', 'hechos a mano', 'handmade',
      // session 15: a business opportunity, a team or a side business pitched; lessons, daycare, catering, a catalog, sponsors sought.
      'extra income', 'ingreso extra', 'ingresos extra', 'building a team', 'building my team', 'looking for 3', 'looking for coworkers', 'wellness company', 'upline',
      'downline', 'my upline', 'second job', 'hiring for my', 'contratando para mi', 'work from your phone', 'desde el celular', 'negocio increible', 'consulting llc',
      'my llc', 'talk rates', 'private lessons', 'private ones', 'clases particulares', 'clase particular', 'curso particular', 'tengo cupo', 'guarderia', 'my daycare',
      'home daycare', 'lunch plate', 'plate business', 'catering business', 'order from my', 'catalogos', 'order form', 'hoja de pedidos', 'black friday sale', 'sale on my',
      'sponsors', 'patrocinadores', 'busco patrocinadores', 'partnered with', 'proud to partner', 'side biz', 'eyelash extensions', 'ofertas en', 'fajas', 'suplementos',
      'supplements', 'essential oils', 'aceites esenciales', 'seguros de vida', 'ofreciendo seguros', 'selling life insurance', 'life insurance', 'bail bonds', 'brincolines',
      'renta de', 'rentas de', 'for rent', 'se rentan',
    ],
    /** Round 4: how to buy, pay or get in touch (the offer's other half). */
    com_channel: [
      'dm', 'dm me', 'dms', 'pm', 'pm me', 'inbox', 'inbox me', 'message me', 'msg me', 'text me', 'call me', 'hit me up', 'hmu', 'mandenme', 'mandame', 'manden mensaje',
      'mandenme mensaje', 'por mensaje', 'whatsapp', 'wa', 'venmo', 'venmo me', 'zelle', 'cashapp', 'cash app', 'paypal', 'link in bio', 'link below', 'link in comments',
      'link in the comments', 'comment below', 'comenten', 'interested', 'interesados', 'interesadas', 'pregunten', 'preguntenme', 'ask me', 'order by', 'pick up', 'pickup',
      'entrega', 'entregas', 'delivery', 'delivered', 'aparten', 'apartar', 'reserve yours', 'get yours', 'grab yours', 'hagan su pedido', 'a domicilio', 'aprovechen',
      'dont miss out', 'don t miss out', 'limited', 'while supplies last', 'hasta agotar', 'aprovecha', 'share', 'please share', 'compartan', 'shop now', 'check out my',
      'mandenle mensaje', 'her page', 'his page', 'ask for', 'pregunten por', 'holler at me', 'le interesa', 'les interesa', 'conmigo', 'with me', 'yo les explico', 'let me know how many', 'cuantos quieren', 'at my desk', 'en mi escritorio', 'in the break room',
      // round 5: where and when the sale happens (break room, lunch, after shift), word of mouth, local-business hashtags
      'at lunch', 'on my lunch', 'on lunch', 'en el break', 'at break', 'on break', 'after work', 'after my shift', 'after shift', 'despues del trabajo', 'despues del turno', 'en la hora de comida', 'en la comida', 'interested in', 'caiganle', 'caele', 'pasenle', 'stop by', 'come by', 'come get', 'swing by', 'los espero', 'las espero', 'diganle a todos', 'tell everyone', 'tell your friends', 'corran la voz', 'spread the word', 'check out', '#support', '#supportlocal', '#smallbusiness', '#shoplocal', '#shopsmall', '#apoyalocal', '#emprendedora', '#emprendedor', 'lmk', 'let me know', 'avisenme', 'me avisan', 'mandenme inbox', 'mandame inbox', 'to book', 'book with me', 'agenden', 'agende', 'hagan su cita', 'hacer su cita', 'apartar tu cita', 'llamen', 'call or text', 'whatsapp me', 'mensajeen', 'for his number', 'for her number', 'his number', 'her number', 'su numero', 'mi numero', 'my number', 'ask me how',
      // round 7
      'entrego', 'les entrego', 'te entrego', 'yo entrego', 'i deliver', 'i ll deliver', 'we deliver', 'i drop off', 'se los llevo', 'se las llevo', 'pidanmelos', 'pidanmelas', 'pidanme', 'ask me for', 'me lo compran', 'me los compran', 'me compran', 'buy from me', 'buy it from me', 'buy them from me', 'comprenme', 'directo conmigo', 'directly from me', 'discrecion total', 'pasense', 'pasele', 'caiganse',
      // session 15: how to order or pay, said other ways.
      'manden whats', 'mandenme whats', 'whats', 'llamenme', 'llameme', 'marquenme', 'call her', 'call him', 'lo q pidan', 'lo que pidan', 'book through', 'book with me',
      'through my ig', 'my ig', 'mi insta', 'siganos', 'follow us on', 'send them my way', 'i ll cut you in', 'ill cut you in', 'les llevo pedido', 'les llevo', 'me pagan',
      'pay me on payday', 'pidanlas', 'pidanlos', 'cash only', 'cash or venmo', 'solo efectivo', 'nomas efectivo', 'les cotizo', 'le cotizo', 'pregunten x', 'pregunten por',
    ],
    /** Round 4: raising money for oneself or one's people (raffles, GoFundMe, plate sales), which the policy counts as commercial. */
    com_fund: [
      'gofundme', 'go fund me', 'gofund me', 'raffle', 'raffling', 'rifa', 'rifando', 'rifamos', 'fundraiser', 'fundraising', 'pro fondos', 'venta de platos', 'venta de comida',
      'venta de tamales', 'plate sale', 'plate sales', 'bake sale', 'donation link', 'donations link', 'cash donations', 'colecta', 'recaudar fondos', 'raise money', 'raising money',
    ],
    /** Round 4: whose the money is: the author's own people or cause. */
    com_personal: [
      'my son', 'my daughter', 'my kids', 'my cousin', 'my mom', 'my dad', 'my family', 'our family', 'my wife', 'my husband', 'my nephew', 'my niece', 'my uncle', 'my aunt',
      'my tia', 'my tio', 'my friend', 'my coworker', 'mi hijo', 'mi hija', 'mis hijos', 'mi primo', 'mi prima', 'mi mama', 'mi papa', 'mi familia', 'mi esposa', 'mi esposo',
      'mi sobrino', 'mi sobrina', 'mi tio', 'mi tia', 'mi amigo', 'mi amiga', 'mi companero', 'mi companera', 'please donate', 'please share', 'porfa', 'por favor', 'donen',
      'cooperen', 'venmo', 'zelle', 'cashapp', 'cash app', 'paypal', 'surgery', 'cirugia', 'funeral', 'medical bills', 'gastos', 'trip', 'viaje', 'team', 'equipo',
    ],
    /** Round 4: city programs, goods-only drives and campaign money (political), which name the same things. */
    com_city: [
      // session 15: not 'city' / 'la ciudad' alone — employees name their employer in every sentence ("in my city truck", "en el edificio
      // de la ciudad"); what the City itself sells or runs is named below.
      'the city is selling', 'the city sells', 'city sells', 'city is selling', 'la ciudad vende', 'la ciudad esta vendiendo', 'city of', 'ciudad de', 'city s', 'citys',
      'rec center', 'recreation center', 'library', 'biblioteca', 'zoo', 'zoologico', 'canned food', 'coat drive', 'toy drive', 'blood drive',
      'food drive', 'school supplies', 'adoption', 'adopt', 'adopcion', 'fee', 'fees', 'permit', 'permits', 'passes', 'official', 'bids', 'procurement', 'rfp', 'surplus',
      'auction', 'subasta', 'farmers market', 'city run', '311', 'registration', 'register', 'sign up', 'inscripciones', 'campaign', 'campana', 'candidate', 'candidato',
      'scam', 'fraude', 'estafa', 'beware', 'cuidado', 'report', 'warning',
      // round 7
      'cobijas', 'blankets', 'coats', 'comida enlatada', 'latas', 'juguetes', 'toys', 'agua embotellada', 'bottled water', 'diapers', 'panales', 'donate blood', 'blood', 'sangre', 'donar sangre', 'taquilla', 'box office', 'hiring', 'is hiring', 'contratando', 'vacantes', 'apply', 'rh', 'banco de licencias', 'leave bank', 'vacation days', 'dias de vacaciones', 'potluck', 'convivio', 'sobro', 'leftovers',
    ],
    /** A private business someone owns or runs. */
    own_business: [
      'food truck', 'taco truck', 'bakery', 'salon', 'restaurant', 'store', 'taqueria', 'spa', 'gym', 'booth', 'catering', 'lawn care', 'lawn service',
      'cleaning business', 'cleaning service', 'shop', 'tienda', 'negocio', 'panaderia', 'restaurante', 'puesto', 'troca', 'salon de belleza', 'estetica',
      'onlyfans', 'only fans', 'fansly', 'patreon', 'etsy', 'depop', 'poshmark',
      // round 5: small food and side businesses people open
      'troquita', 'troquita de tacos', 'troca de tacos', 'lonchera', 'food trailer', 'puestito', 'taco stand', 'my truck', 'barberia', 'barbershop', 'nail salon', 'boutique', 'online store', 'tienda en linea', 'pagina de facebook', 'facebook page', 'instagram page', 'small business', 'pequeno negocio', 'emprendimiento', 'business page',
    ],

    // --- round 6 ---
    /** Round 6: someone selling, renting, raffling or lending, any person ("se venden", "mi hija vende", "rentamos", "presto"). */
    com_sell: [
      'vendo', 'vende', 'venden', 'vendemos', 'se vende', 'se venden', 'vendiendo', 'rento', 'rentamos', 'se renta', 'se rentan', 'renting',
      'raffle', 'raffling', 'rifa', 'rifamos', 'rifando', 'presto', 'prestamos dinero', 'i lend', 'i loan', 'les cobro', 'le cobro', 'cobro', 'i charge',
      'cortes de pelo', 'haircuts', 'les recojo', 'yo les recojo', 'les llevo', 'yo les hago',
      // round 7
      'im selling', 'i m selling', 'i sell', 'we sell', 'selling them', 'selling mine', 'selling these', 'selling those', 'selling extra', 'me lo compran', 'me los compran', 'buy from me', 'buy it from me', 'les consigo', 'te consigo', 'yo les consigo', 'se los consigo', 'i can get you', 'i ll get you', 'ill get you', 'i can hook you up', 'te la desaparece', 'se la desaparece', 'te la quita', 'i ll haul', 'ill haul', 'i haul', 'les hago', 'te hago',
    ],
    /** Round 6: a deal offered (discount, 2x1, half price, priority, a lowered commission, a free quote). */
    com_deal: [
      'discount', 'discounts', 'descuento', 'descuentos', '2x1', '2 x 1', 'dos por uno', 'two for one', 'buy one get one', 'bogo', 'half price', 'half off', 'mitad de precio',
      'a mitad de precio', 'medio precio', 'priority', 'prioridad', 'les bajo', 'le bajo', 'te bajo', 'les cotizo gratis', 'cotizo gratis', 'cotizacion gratis', 'free quote',
      'free quotes', 'beat any quote', 'beat any price', 'mejor precio', 'best price', 'special price', 'precio especial', 'precio de amigo', 'friends and family price',
      'cupon', 'cupones', 'coupon', 'coupons', 'promo code', 'codigo', 'hora feliz', 'happy hour', 'get a free', 'giving a free', 'les regalo', 'de cortesia', 'comision',
      'commission', '10 off', '15 off', '20 off', '25 off', '30 off', '50 off', 'sin buro', 'no credit check', 'sin credito', 'bien barato', 'baratito', 'baratos', 'cheap',
    ],
    /** Round 6: the audience a deal is aimed at: the author's coworkers or the City's employees. */
    com_coworkers: [
      'city employees', 'city employee', 'city workers', 'city staff', 'fellow employees', 'fellow city', 'coworkers', 'co workers', 'my coworkers', 'the crew', 'our crew',
      'los de la ciudad', 'alguien de la ciudad', 'gente de la ciudad', 'companeros de la ciudad', 'los companeros', 'a los companeros', 'mis companeros', 'companeros',
      'los que trabajan en la ciudad', 'los que trabajamos en la ciudad', 'los que trabajan en', 'los del departamento', 'los del depa', 'empleados de la ciudad',
      'empleados municipales', 'trabajadores de la ciudad', 'los de la estacion', 'la raza de la estacion', 'mention the fire department', 'mention the department',
      'if you mention', 'si mencionan', 'show your badge', 'con su gafete', 'con su credencial', 'los del 311', 'the guys at the station',
    ],
    /** Round 6: a job done on the side of one's city job. */
    com_side: [
      'off duty', 'by night', 'by day', 'ratos libres', 'en mis ratos', 'mis dias libres', 'my days off', 'on my days off', 'side gig', 'side job', 'side hustle', 'on the side',
      'chambita', 'chamba extra', 'after my shift', 'despues de mi turno', 'despues del turno', 'fuera del trabajo', 'outside of work', 'on weekends', 'los fines de semana',
      'fines de semana', 'weekends only', 'nomas los fines',
    ],
    /** Round 6: more trades sold on the side (beauty, insurance, real estate, lending, pets). */
    com_trade_more: [
      'lash tech', 'lash artist', 'brow artist', 'nail tech', 'electrician', 'plumber', 'mechanic', 'agente de seguros', 'vendedor de seguros', 'insurance agent',
      'real estate agent', 'agente de bienes raices', 'bienes raices', 'realtor', 'prestamista', 'dog groomer', 'groomer', 'tax preparer', 'photographer', 'dj',
      'perritos', 'cachorros', 'puppies', 'chihuahua', 'mi libro', 'my book', 'my ebook',
    ],
    /** Round 6: a relative's business (a plug), built from kin × business words below. */
    com_kin_biz: KIN_BIZ,
    /** Round 6: an invitation to a business, or a deal there. */
    com_invite: [
      'vayan', 'vengan', 'pasen', 'pasenle', 'visiten', 'caiganle', 'come eat', 'come by', 'stop by', 'go eat', 'go see', 'go check', 'check out', 'check them out',
      'tell them', 'tell him', 'tell her', 'diganle', 'diganles', 'digan que', 'mention', 'mencionen', 'las mejores', 'los mejores', 'the best', 'apoyenlo', 'apoyenla',
      'apoyen', 'support him', 'support her', 'support them', 'descuento', 'discount', '2x1', 'giving a free', 'les dan', 'te dan', 'get a free', 'tiene las mejores',
      'has the best', 'go support',
      // round 7
      'pasense', 'pasele', 'caiganse', 'dense una vuelta', 'denle una vuelta', 'lleguenle', 'come through', 'pull up', 'swing by', 'stop on by', 'hit them up', 'give them a call', 'give him a call', 'give her a call', 'que van de mi parte', 'van de mi parte', 'de mi parte', 'i sent you',
    ],
    /** Round 6: a subscription or personal page pushed. */
    com_subscribe: [
      'tengo onlyfans', 'tengo only fans', 'mi onlyfans', 'my onlyfans', 'my only fans', 'link en mi perfil', 'link in my profile', 'fotos mias', 'pics of me',
      'contenido exclusivo', 'exclusive content', 'pago por transferencia',
    ],
    /** Round 6: city perks and programs the same deals name (the clean side). */
    com_perk_guard: [
      'zoo', 'zoologico', 'museum', 'museo', 'library card', 'program', 'programa', 'wellness', 'benefits', 'beneficios', 'recursos humanos', 'human resources',
      'banco de licencias', 'leave bank', 'scam', 'estafa', 'fraude', 'beware', 'ethics', 'etica', 'not allowed', 'no se permite', 'prohibido', 'report',
    ],

    // --- round 7 ---
    /** Round 7: a strong price cut (not "cheap" alone, which a review of a restaurant also says). */
    com_price_cut: [
      'half price', 'half off', 'mitad de precio', 'a mitad de precio', 'medio precio', '2x1', '2 x 1', 'dos por uno', 'two for one', 'buy one get one', 'bogo', 'precio especial',
      'special price', 'precio de amigo', 'friends and family price', 'bien barato', 'baratito', 'baratisimo', 'sale barato', 'mas barato que', 'cheaper than', 'below retail',
      'wholesale price', 'a precio de mayoreo', 'de mayoreo', 'first month free', 'primer mes gratis', 'free consultation', 'consulta gratis', 'first class free', 'primera clase gratis',
    ],
    /** Round 7: money sent person to person (to the author's own account), which the policy counts as fundraising. */
    com_topay: [
      'venmo', 'venmo me', 'cash app', 'cashapp', 'zelle', 'paypal', 'mi cuenta de', 'a mi cuenta', 'my account', 'mi venmo', 'my venmo', 'mi cash app', 'my cash app', 'my cashapp',
      'mi zelle', 'my zelle', 'mi paypal', 'my paypal', 'station fund', 'nuestro fondo',
    ],
    /** Round 7: asking for money ("any amount helps", "donar en efectivo", "lo que puedan"). */
    com_ask_money: [
      'any amount', 'any amount helps', 'every dollar', 'cada dolar', 'lo que puedan', 'lo que gusten', 'donar en efectivo', 'en efectivo', 'in cash', 'cash donations', 'donate',
      'donen', 'donar', 'donaciones', 'donations', 'chip in', 'cooperen', 'cooperacion', 'tax deductible', 'deducible', 'send money', 'manden dinero',
    ],
    /** Round 7: an investment or money-making pitch ("ganancias garantizadas", "passive income"). */
    com_pitch: [
      'ganancias garantizadas', 'guaranteed returns', 'guaranteed profit', 'guaranteed profits', 'guaranteed income', 'inversion minima', 'minimum investment', 'passive income',
      'ingresos pasivos', 'hacerse ricos', 'hacerte rico', 'get rich', 'financial freedom', 'libertad financiera', 'double your money', 'duplica tu dinero', 'be your own boss', 'se tu propio jefe',
    ],
    /** Round 7: what cancels money asked person to person (a warning about scams). */
    com_topay_guard: ['scam', 'scams', 'estafa', 'fraude', 'beware', 'cuidado', 'never', 'nunca', 'don t send', 'dont send', 'no manden', 'no envien', 'official', 'oficial', 'report'],
  },
  frames: [
    {
      id: 'judgement.commercial.coworker_deal',
      category: 'commercial',
      message: {
        en: 'Offers coworkers or city employees a deal, a side service or a relative’s business. The policy does not allow selling or promoting private businesses in posts like this.',
        es: 'Ofrece a compañeros o empleados de la Ciudad una oferta, un servicio por fuera o el negocio de un familiar. La política no permite vender ni promover negocios privados en publicaciones como esta.',
      },
      // Round 6: the deal and its audience, the side job and its trade, the relative's business and the invitation, in any order.
      cooccur: [
        { all: ['com_deal', 'com_coworkers'], within: 10, unless: ['com_perk_guard'], guardWithin: 10 },
        { all: ['com_side', ['service_trade', 'com_trade_more']], within: 4, unless: ['com_perk_guard'], guardWithin: 6 },
        { all: ['com_kin_biz', 'com_invite'], within: 14, unless: ['com_perk_guard'], guardWithin: 8 },
      ],
      patterns: [
        // A seller (any person) and a price later in the sentence; not a City body selling, not a city event's tickets.
        `{com_sell}(?<!(?:biblioteca|library|city|ciudad|zoo|zoologico|museo|museum|parks|parques|departamento|department) [^ .]+) (?:(?!(?:city|ciudad|municipal|festival|zoo|zoologico|museo|museum|library|biblioteca|taquilla|box office|fee|fees|tarifa|tarifas)(?: |$))[^ .]+ ){0,12}\\$[0-9]+`,
        '{com_subscribe}',
        // Money collected to the author for a private cause: "mándenme lo que puedan a mi Cash App", "give it to me by Friday".
        '(?:mandenme|manden|send me|give it to me|pay me|paguenme|denme|entreguenme|me lo dan|me lo pasan) (?:[^ .]+ ){0,6}(?:cash app|cashapp|venmo|zelle|paypal|by friday|by monday|before friday|at the front desk|en mi escritorio|at my desk|el viernes)',
        '(?:usen|use|usa|apply) (?:el |mi |my |the |this )?(?:cupon|coupon|codigo|code|promo) [^ .]+',
        // Round 7: "with code PARKS10", "con el código BOMBERO" (never code enforcement or compliance).
        '(?:with|con|using|usando) (?:el |mi |my |the |this |promo |discount )?(?:cupon|coupon|codigo|code|promo) (?!(?:enforcement|compliance|violations?|officers?|inspectors?|of|red|blue|black|green|yellow|orange|adam|word|words|the|to|for|and|in|on|is|que|de|del|la|el|sanitario|municipal|penal|civil|[0-9]+ )(?: |$))[^ .]+',
      ],
      examples: {
        hit: [
          'Sign up with code BOMBERO15 and get 20% off.',
          'I do taxes on the side, city employees get 20% off, text me.',
          'Mi cuñada tiene un salón en la Zaragoza, díganle que van de mi parte y les hace descuento.',
          'By night I\'m a DJ 🎧 booking quinces and weddings now.',
          'Se rentan brincolines para sus fiestas, $80 el día, entrego yo.',
          'Usen el cupón LUPITA15 en mi tienda en línea 🛍️',
          'Juntando para el funeral de mi tío, mándenme lo que puedan a mi Cash App.',
          'Raffle for a smoker grill, $10 a ticket, winner drawn Friday.',
        ],
        miss: [
          'Report code violations with code enforcement at 311.',
          'HR reminder: city employees get priority registration for the summer camp program.',
          'La biblioteca vende libros usados: $1 los de pasta dura.',
          'Tickets for the city festival are $10 at the box office.',
          'My cousin\'s place flooded last night, praying the insurance comes through.',
          'Off duty today, taking the kids to the mechanic and then the park.',
        ],
      },
    },
    {
      id: 'judgement.commercial.offer_price',
      category: 'commercial',
      message: {
        en: 'Offers something for sale or a paid service, with a price. The policy does not allow selling or side businesses in posts like this.',
        es: 'Ofrece algo en venta o un servicio pagado, con precio. La política no permite vender ni promover negocios propios en publicaciones como esta.',
      },
      patterns: [
        '{seller_offer} (?:[^ .]+ ){0,8}\\$[0-9]+',
        '(?:i can|i ll|ill|i will|puedo|te puedo|les puedo|se los puedo) (?:make|do|get|sell|fix|install|clean|bake|haul|mow|move|tow|cut|trim|paint|pick up|deliver|cater|cook|braid|detail|wash|build|print|design|tutor|hacer|conseguir|vender|arreglar|instalar|reparar|limpiar|cortar|preparar|llevar|recoger|pintar|mover|remolcar|jalar|cocinar|lavar|entregar|traer) (?:you |ya |te |les )?(?:[^ .]+ ){0,8}\\$[0-9]+',
        UNIT_PRICE,
        ...WORD_PRICE,
        // session 15: the seller, then the price further on ("hago llaveros y playeras con el logo de la ciudad, $10 y $20",
        // "vendo botes … se los dejo a 40 dólares").
        '(?<!(?:city|ciudad|library|biblioteca|zoo|department|departamento|county|condado|parks|parques) (?:is |esta )?)(?:{seller_offer}|vendiendo|ando vendiendo|estoy vendiendo|les vendo|te vendo|se los dejo|se las dejo|se lo dejo|se la dejo|te lo dejo|let them go for|let it go for|rento|i rent|i teach|doy clases|i run a|i build|i do) (?:[^ .]+ ){0,12}(?:a |at |for |por |en )?(?:\\$[0-9]+|[0-9]+ (?:dolares|dlls|dls|dollars|bucks|pesos|varos))(?![^ .])',
        '(?:selling|vendiendo) (?!(?:his|her|their|its|them|it)(?: |$))(?:[^ .]+ ){0,8}\\$[0-9]+',
        '(?:venmo|zelle|cash ?app|paypal) (?:accepted|only|o efectivo|or cash)|(?:acepto|aceptamos|i accept|we accept|i take) (?:venmo|zelle|cash ?app|paypal|tarjeta)',
        '(?:who wants|quien quiere|quienes quieren|quien gusta|anyone want) (?:[^ .]+ ){0,3}(?:tamales|pan dulce|plates|platos|pasteles|cakes|cookies|brownies|empanadas|gorditas|burritos|boletos|tickets|candles|velas|conchas)',
        '(?:selling|vendiendo|vendemos|vendo|sell) (?:[^ .]+ ){0,4}(?:to (?:fund|raise|pay for|help pay)|para (?:juntar|recaudar|pagar|ayudar))',
        '(?:todo|all|both|everything|los dos|las dos) (?:por|for) \\$[0-9]+|(?:tengo|traigo|i have|i got) (?:[^ .]+ ){0,3}(?:a|at|for|por|en) \\$[0-9]+',
      ],
      examples: {
        hit: [
          'I bake custom birthday cakes, 8 inch for $45, message me!',
          'Vendo tamales de puerco y de rajas, $18 la docena, entrego en la planta.',
          'Lawn edging this weekend, $30 flat, Northeast only.',
          'Te puedo arreglar el aire de tu carro por $120, yo soy mecánico los fines.',
          'Baby clothes and a crib, all for $60, pick up at the yard.',
          // session 15
          'Homemade salsa, 8 dollars the jar, I bring it Fridays.',
          'Hago gorditas de chicharrón, 20 la docena, nomás avísenme.',
          'Still have two patio chairs left, 45 each, come get them.',
          'Ando vendiendo unas botas de trabajo casi nuevas del número 9, se las dejo en 60 dólares',
        ],
        miss: [
          'Summer pool passes are on sale now: $30 youth, $50 adult at any city rec center.',
          'Las tarifas del zoológico cambian el 1 de julio: adultos $15, niños $10.',
          'Pavilion rentals are on the Parks fee schedule ($40 half day, $75 full day).',
          'La biblioteca vende libros dados de baja: $1 los de pasta dura.',
          // session 15
          'Swim lessons at the Eastside pool are 40 dollars per session, register online.',
          'Le pusieron 300 dólares de multa por el pasto alto.',
          'The bus fare stays at 1.50 each way.',
        ],
      },
    },
    {
      id: 'judgement.commercial.how_to_buy',
      category: 'commercial',
      message: {
        en: 'Tells people how to buy from you (message me, order by, special price). The policy does not allow selling in posts like this.',
        es: 'Le dice a la gente cómo comprarle (mándeme mensaje, pedidos, precio especial). La política no permite vender en publicaciones como esta.',
      },
      // Round 4: an offer and a way to buy in one sentence, either order ("Herbalife shakes, pregunten precios por DM").
      cooccur: [
        { all: ['com_offer', 'com_channel'], within: 10, unless: ['com_city'], guardWithin: 10 },
        { all: ['com_fund', 'com_personal'], within: 12, unless: ['com_city'], guardWithin: 10 },
        { all: ['mlm_brand', ['com_offer', 'com_channel']], within: 8, unless: ['com_city'], guardWithin: 8 },
        // Round 7: a price cut and a way to buy ("a mitad de precio, inbox"); money sent to a personal account ("Venmo our station fund, any amount helps").
        { all: ['com_price_cut', 'com_channel'], within: 12, unless: ['com_perk_guard'], guardWithin: 8 },
        { all: ['com_topay', 'com_ask_money'], within: 12, unless: ['com_topay_guard'], guardWithin: 8 },
        { all: ['com_pitch', 'com_offer'], within: 12, unless: ['com_topay_guard'], guardWithin: 8 },
      ],
      patterns: [
        // "DM me for prices" itself is the packs' (rules/packs/content.ts COMMERCIAL); this is the looser shape.
        '(?:dm|pm|inbox|message|text|mandenme|mandame|manden|escribanme|envienme) (?!(?:me )?(?:up )?(?:for|to order|if) )(?:[^ .]+ ){0,7}(?:\\$[0-9]+|prices|pricing|precio|precios|rates|quote|cotizacion|orders|pedidos)',
        '(?:te|les|le) (?:hago|doy|dejo) (?:un )?(?:buen )?(?:[0-9]+ )?(?:de )?(?:precio|descuento)|precio especial|special price|special discount|employee discount',
        '(?:pregunten|pregunta|preguntenme|preguntame|ask me|ask for|ask about) (?:por )?(?:mis |my |the |los |el )?(?:precios|precio|prices|pricing|rates|tarifas|catalogo|catalog)',
        'precios (?:accesibles|bajos|especiales|economicos|comodos)|(?:great|low|cheap|affordable|reasonable|good) (?:prices|rates)|buenos precios',
        '(?:cobra|cobran|cobro) (?:bien |muy |super )?(?:barato|poquito|economico)|(?:doing|do|hago|selling|sell|sells|vendo|vende|coach|coaches|teach|tutor|cut|braid) (?:[^ .]+ ){0,4}on the side|booking (?:for|now|appointments|clients)|(?:agendando|tomando|agenda tu|agende su) citas',
        '(?:make|earn|gana|ganar|ganas|ganen) \\$[0-9]+ (?:[^ .]+ ){0,1}(?:a|per|al|a la|por) (?:week|day|month|semana|dia|mes)|ask me how',
        '(?:off|descuento|de descuento|discount) (?:[^ .]+ ){0,2}(?:for|para|pa|a) (?:all |todos |los |las )?(?:city )?(?:employees|workers|empleados|trabajadores|coworkers|companeros)',
        '(?:empleados|employees|workers|trabajadores) (?:[^ .]+ ){0,6}(?:tienen|get|gets|receive|reciben) (?:un |a )?(?:[0-9]+ )?(?:de descuento|descuento|discount|off)',
        'order by [a-z]+ (?:[^ .]+ ){0,1}pick ?up|apartenlos|apartenlas|aparten (?:los|las|el|la|su|sus)|hagan su pedido|taking orders|tomando pedidos|now taking',
      ],
      examples: {
        hit: [
          // session 15
          'Quick one: I just partnered with a wellness company and I am building a team, DM me for details.',
          'Cobijas a mitad de precio, mándenme inbox.',
          'Mi cuenta de Cash App es $LupeParques, cooperen con lo que puedan para el viaje.',
          'Homemade salsa roja, 16 oz jars, Venmo me and I\'ll bring it to the yard.',
          'Rifa de una bici para la cirugía de mi sobrino, boletos con mi esposa 🙏',
          'Custom wreaths for the holidays 🎄 inbox me and I will send pricing.',
          'Hago pasteles de tres leches, mándenme inbox pa\' sus pedidos.',
          'Gorditas every Friday, order by Thursday, pickup at 5.',
          'Show your city badge at my shop and get 15% off for city employees.',
          'Empanadas de cajeta el sábado, apártenlas ya 🙌',
        ],
        miss: [
          'Never send money by Cash App to anyone who says they are the Fire Department, any amount.',
          'Tickets for the library gala are sold at the front desk; proceeds fund the city literacy program.',
          'Residents with a library card get a discount at the zoo gift shop this month.',
          'Questions about your water bill? Message us or call 311.',
          'Order your free compost bin online, pickup at the Environmental Services yard.',
          'Seniors 65+ ride half fare with a reduced-fare ID.',
        ],
      },
    },
    {
      id: 'judgement.commercial.plug',
      category: 'commercial',
      message: {
        en: 'Promotes a private business, a sponsor or a referral link. City posts and employees’ posts about work may not advertise private businesses.',
        es: 'Promueve un negocio privado, un patrocinador o un enlace de referidos. Las publicaciones de la Ciudad y de sus empleados sobre el trabajo no pueden anunciar negocios privados.',
      },
      patterns: [
        'tell (?:them|em|her|him|the owner|the guys) (?:[^ .]+ ){0,3}sent you|(?:diganle|diganles|digan) (?:que )?(?:yo )?(?:los|las) mande|(?:diganle|diganles|digan|dile|diles) (?:que )?(?:van|vienen|vas|vienes|va) de (?:mi )?parte',
        // Round 7: a private sponsor named as the payer ("este torneo lo patrocina Llantera…").
        '(?:torneo|evento|carrera|partido|liga|equipo|festival|convivio|posada|tournament|event|league|team) (?:[^ .]+ ){0,4}(?:lo|la|los|las|nos) (?:patrocina|patrocinan|patrocino|patrocinaron) (?!la ciudad|el departamento|el municipio)[^ .]+',
        '(?:little|shameless|quick|small) plug|plug for my',
        '(?:my|mi|our|nuestro|nuestra) (?:own |new |little )?{own_business} (?:[^ .]+ ){0,6}(?:come by|stop by|is open|is now open|now open|is live|is parked|opens|visit|vengan|pasen|los esperamos|every (?:saturday|sunday|weekend|friday))',
        '(?:brought to you by|thanks to (?:our )?(?:friends|sponsors?) at|gracias a (?:nuestros )?patrocinadores|for sponsoring|sponsoring (?:today|this|our|the)|patrocinad[oa]s? por)',
        '(?:stop by|visit|go see) (?:their|his|her) (?:lot|store|shop|dealership|restaurant|salon)',
        '(?:ven|vengan|come|visit|stop by|pasen|pasenle|pasele) (?:a|to|at|by|por) (?:mi|my|nuestra|nuestro|our) {own_business}',
        '(?:through|with|using|via|on) my (?:link|referral|affiliate)|con mi (?:link|enlace|codigo)|i get a (?:little )?(?:bonus|commission|cut)',
        '{mlm_brand} (?:[^ .]+ ){0,3}(?:party|order|orders|link|team|consultant|catalog|catalogo|pedidos|fiesta|coach|distributor|distribuidora|distribuidor|consultora|rep)',
        '(?:anyone|anybody|alguien|someone) (?:need|needs|necesita|ocupa|looking for|busca) (?:a |an |un |una )?(?:[^ .]+ ){0,1}{service_trade}',
        'check out my (?!(?:shop|store|etsy|business|page|channel|products)(?: |$))(?:[^ .]+ ){1,3}(?:business|shop|store|company|page|truck|bakery|salon|restaurant)|(?:giving|gives|give|da|dan|doy|les da) (?:all )?(?:city )?(?:employees|workers|empleados|coworkers|companeros) (?:a |un )?(?:[0-9]+ )?(?:discount|descuento|deal)',
        'por encargo|(?:pedidos|orders|citas) (?:al|at|to) [0-9]{3} [0-9]{3} [0-9]{4}|very reasonable|muy razonable|reasonable rates',
        '(?:im|i m) your (?:girl|guy|gal|realtor|agent|go to)|(?:got|earned|passed) my (?:real estate|realtor|insurance|notary) license',
        '(?:if (?:anybody|anyone|somebody|you) (?:needs?|wants?)|looking for) (?:a |an )?(?:plumber|electrician|mechanic|handyman|roofer|painter|babysitter|realtor|photographer|caterer|dj|tutor|landscaper)',
        'si (?:alguien|alguno|ustedes) (?:necesita|ocupa|busca|necesitan|ocupan) (?:un |una )?(?:plomero|electricista|mecanico|pintor|jardinero|fotografo|dj|ninera|contador|albanil)',
        '(?:my|mi) (?:onlyfans|only fans|fansly) (?:[^ .]+ ){0,2}(?:is|esta) (?:live|up|open|abierto)',
        // Round 5: announcing one's own new business: "ya tengo mi troquita de tacos", "just opened my nail salon", "abrimos nuestra panadería".
        '(?:ya tengo|ya abri|ya abrimos|abri|abrimos|inauguramos|just opened|finally opened|opened|launched|just launched|we opened|i opened) (?:mi|my|our|nuestra|nuestro) (?:own |new |nueva |nuevo |propia |propio |little |first |primer |primera )?{own_business}',
      ],
      examples: {
        hit: [
          'Diles que van de mi parte y te hacen descuento.',
          'Este torneo lo patrocina Carnitas El Güero.',
          'Best brisket in town at Lalo\'s BBQ on Dyer, tell them I sent you 🔥',
          'Today\'s storytime is brought to you by Desert Dental — smile!',
          'Join my Pampered Chef party Friday, or order with my link!',
          'Si alguien necesita un plomero el fin de semana, mi compadre cobra barato.',
          'Shameless plug: my taco truck is parked at Album Park every Saturday.',
          'Finally opened my own barbershop on Dyer!! Walk-ins welcome 💈',
          'Ya abrimos nuestra panadería en la Alameda, vengan por su pan dulce.',
        ],
        miss: [
          'Este torneo lo patrocina la Ciudad de Harlingen.',
          'The City opened the new Eastside library branch today, stop by and get a card!',
          'Thanks to the volunteers at the Mission Trail cleanup, you made it shine!',
          'Not a sponsor, not an ad, just grateful for whoever fills the water cooler.',
          'If anybody has a window unit they\'re not using, I\'ll trade you tamales 😭',
          'Our storytime videos have moved to our YouTube channel!',
        ],
      },
    },
  ],
};

