import type { CategoryJudgement } from '../types';

/**
 * commercial: selling, side businesses, plugs for private businesses, referral links, MLM,
 * sponsorship plugs. Families: an offer + a price ("full set $35", "$20 la docena"), a way to buy
 * ("DM me", "order by Wednesday", "apártenlos"), a plug ("tell them I sent you", "my food truck is
 * parked…", "brought to you by"), a referral ("sign up through my link"). City fees, city surplus
 * sales and goods-only drives name prices without a seller's offer, and stay clean.
 */
// Not after a ticket, pass or fee earlier in the sentence: "Tickets for Boo at the Zoo are $8 each" is a city price.
const UNIT_PRICE = '(?<!(?:tickets|ticket|passes|pass|admission|entry|entrada|boletos|fee|fees|rentals?|rates?|tarifas?)(?: [^ .]+){0,9} )\\$[0-9]+(?: [0-9]{3})? (?:(?:la|el) (?:docena|pluma|pieza|orden|kilo|libra|bolsa|caja|charola|porcion|plato|set)|(?:a|per) (?:dozen|yard|plate|piece|box|tray|lawn|pan|order|set|head)|each|ea|flat|firm|obo|cada uno|cada una|c u)';

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
      'home delivery', 'booking', 'book now', 'citas disponibles', 'appointments available', 'cheap', 'barato', 'baratos', 'baratas', 'etsy', 'my shop', 'my store', 'mi tienda',
      'mi negocio', 'my business', 'my page', 'mi pagina', 'plates', 'platos', 'dinners', 'cenas', 'tamales', 'pasteles', 'cakes', 'haircuts', 'cortes de pelo', 'notary',
      'for quinces', 'para quinces', 'para toda ocasion', 'for all occasions', 'every occasion', 'extra tickets', 'boletos extra', 'orders', 'pedidos', 'encargos',
      'vende', 'venden', 'sells', 'is selling', 'buen precio', 'a buen precio', 'good price', 'good prices', 'i do it', 'reasonable', 'jars', 'frascos', 'se gana', 'ganar extra', 'extra money', 'dinero extra',
      // round 5: services people sell on the side (beauty, taxes, insurance, phone plans), selling and renting words, savings pitches, plugs (first month free, mention my name)
      'lash extensions', 'lashes', 'pestanas', 'extensiones de pestanas', 'full set', 'acrylics', 'acrilicas', 'nails', 'gel nails', 'brows', 'cejas', 'facials', 'faciales', 'massage', 'masajes', 'braids', 'trenzas', 'tattoos', 'tatuajes', 'haircut', 'taxes done', 'tax returns', 'declaraciones', 'declaracion de impuestos', 'life insurance', 'seguro de vida', 'seguros de carro', 'car insurance', 'auto insurance', 'insurance quote', 'phone plan', 'plan de celular', 'im licensed', 'i m licensed', 'licensed now', 'ya tengo licencia', 'out of my house', 'out of my home', 'from my house', 'desde mi casa', 'en mi casa', 'save you', 'te ahorro', 'les ahorro', 'ahorrarles', 'switch you', 'full price', 'lower your bill', 'cheaper than', 'mas barato que', 'way cheaper', 'first month free', 'primer mes gratis', 'free trial', 'prueba gratis', 'mention my name', 'mencionen mi nombre', 'tell them i sent you', 'de mi parte', 'van de mi parte', 'vendo', 'vendemos', 'obo', 'best offer', 'or best offer', 'remato', 'remate', 'se renta', 'se rentan', 'rento', 'for rent', 'renting out', 'alquilo', 'se alquila', 'se traspasa', 'traspaso', 'liquidando', 'clearance', 'brincolines', 'jumpers', 'bounce house', 'mesas y sillas', 'tables and chairs', 'party rentals', 'detailing', 'car wash', 'lavado de carros', 'catering', 'banquetes', 'tumblers', 'personalizados', 'personalizadas',
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
      'city', 'the city', 'la ciudad', 'rec center', 'recreation center', 'library', 'biblioteca', 'zoo', 'zoologico', 'canned food', 'coat drive', 'toy drive', 'blood drive',
      'food drive', 'school supplies', 'adoption', 'adopt', 'adopcion', 'fee', 'fees', 'permit', 'permits', 'passes', 'official', 'bids', 'procurement', 'rfp', 'surplus',
      'auction', 'subasta', 'farmers market', 'city run', '311', 'registration', 'register', 'sign up', 'inscripciones', 'campaign', 'campana', 'candidate', 'candidato',
      'scam', 'fraude', 'estafa', 'beware', 'cuidado', 'report', 'warning',
    ],
    /** A private business someone owns or runs. */
    own_business: [
      'food truck', 'taco truck', 'bakery', 'salon', 'restaurant', 'store', 'taqueria', 'spa', 'gym', 'booth', 'catering', 'lawn care', 'lawn service',
      'cleaning business', 'cleaning service', 'shop', 'tienda', 'negocio', 'panaderia', 'restaurante', 'puesto', 'troca', 'salon de belleza', 'estetica',
      'onlyfans', 'only fans', 'fansly', 'patreon', 'etsy', 'depop', 'poshmark',
      // round 5: small food and side businesses people open
      'troquita', 'troquita de tacos', 'troca de tacos', 'lonchera', 'food trailer', 'puestito', 'taco stand', 'my truck', 'barberia', 'barbershop', 'nail salon', 'boutique', 'online store', 'tienda en linea', 'pagina de facebook', 'facebook page', 'instagram page', 'small business', 'pequeno negocio', 'emprendimiento', 'business page',
    ],
  },
  frames: [
    {
      id: 'judgement.commercial.offer_price',
      category: 'commercial',
      message: {
        en: 'Offers something for sale or a paid service, with a price. The policy does not allow selling or side businesses in posts like this.',
        es: 'Ofrece algo en venta o un servicio pagado, con precio. La política no permite vender ni promover negocios propios en publicaciones como esta.',
      },
      patterns: [
        '{seller_offer} (?:[^ .]+ ){0,8}\\$[0-9]+',
        '(?:i can|i ll|ill|i will|puedo|te puedo|les puedo|se los puedo) (?:make|do|get|sell|fix|install|clean|bake|hacer|conseguir|vender|arreglar|instalar|reparar|limpiar|cortar|preparar) (?:you |ya |te |les )?(?:[^ .]+ ){0,8}\\$[0-9]+',
        UNIT_PRICE,
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
        ],
        miss: [
          'Summer pool passes are on sale now: $30 youth, $50 adult at any city rec center.',
          'Las tarifas del zoológico cambian el 1 de julio: adultos $15, niños $10.',
          'Pavilion rentals are on the Parks fee schedule ($40 half day, $75 full day).',
          'La biblioteca vende libros dados de baja: $1 los de pasta dura.',
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
      ],
      patterns: [
        // "DM me for prices" itself is the packs' (rules/packs/content.ts COMMERCIAL); this is the looser shape.
        '(?:dm|pm|inbox|message|text|mandenme|mandame|manden|escribanme|envienme) (?!(?:me )?(?:up )?(?:for|to order|if) )(?:[^ .]+ ){0,7}(?:\\$[0-9]+|prices|pricing|precio|precios|rates|quote|cotizacion|orders|pedidos)',
        '(?:te|les|le) (?:hago|doy|dejo) (?:un )?(?:buen )?(?:[0-9]+ )?(?:de )?(?:precio|descuento)|precio especial|special price|special discount|employee discount',
        '(?:pregunten|pregunta|preguntenme|preguntame|ask me|ask for|ask about) (?:por )?(?:mis |my |the |los |el )?(?:precios|precio|prices|pricing|rates|tarifas|catalogo|catalog)',
        'precios (?:accesibles|bajos|especiales|economicos|comodos)|(?:great|low|cheap|affordable|reasonable|good) (?:prices|rates)|buenos precios',
        '(?:cobra|cobran|cobro) (?:bien |muy |super )?(?:barato|poquito|economico)|(?:doing|do|hago|selling|vendo) (?:[^ .]+ ){0,3}on the side|booking (?:for|now|appointments|clients)|(?:agendando|tomando|agenda tu|agende su) citas',
        '(?:make|earn|gana|ganar|ganas|ganen) \\$[0-9]+ (?:[^ .]+ ){0,1}(?:a|per|al|a la|por) (?:week|day|month|semana|dia|mes)|ask me how',
        '(?:off|descuento|de descuento|discount) (?:[^ .]+ ){0,2}(?:for|para|pa|a) (?:all |todos |los |las )?(?:city )?(?:employees|workers|empleados|trabajadores|coworkers|companeros)',
        '(?:empleados|employees|workers|trabajadores) (?:[^ .]+ ){0,6}(?:tienen|get|gets|receive|reciben) (?:un |a )?(?:[0-9]+ )?(?:de descuento|descuento|discount|off)',
        'order by [a-z]+ (?:[^ .]+ ){0,1}pick ?up|apartenlos|apartenlas|aparten (?:los|las|el|la|su|sus)|hagan su pedido|taking orders|tomando pedidos|now taking',
      ],
      examples: {
        hit: [
          'Homemade salsa roja, 16 oz jars, Venmo me and I\'ll bring it to the yard.',
          'Rifa de una bici para la cirugía de mi sobrino, boletos con mi esposa 🙏',
          'Custom wreaths for the holidays 🎄 inbox me and I will send pricing.',
          'Hago pasteles de tres leches, mándenme inbox pa\' sus pedidos.',
          'Gorditas every Friday, order by Thursday, pickup at 5.',
          'Show your city badge at my shop and get 15% off for city employees.',
          'Empanadas de cajeta el sábado, apártenlas ya 🙌',
        ],
        miss: [
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
        'tell (?:them|em|her|him|the owner|the guys) (?:[^ .]+ ){0,3}sent you|diganle (?:que )?(?:yo )?(?:los|las) mande|digan que van de (?:mi )?parte',
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
          'Best brisket in town at Lalo\'s BBQ on Dyer, tell them I sent you 🔥',
          'Today\'s storytime is brought to you by Desert Dental — smile!',
          'Join my Pampered Chef party Friday, or order with my link!',
          'Si alguien necesita un plomero el fin de semana, mi compadre cobra barato.',
          'Shameless plug: my taco truck is parked at Album Park every Saturday.',
          'Finally opened my own barbershop on Dyer!! Walk-ins welcome 💈',
          'Ya abrimos nuestra panadería en la Alameda, vengan por su pan dulce.',
        ],
        miss: [
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
