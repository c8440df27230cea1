"""The words the extraction rules read, per language: speech verbs, titles, the words
that make a name an organisation, and the places a reader of world news meets."""

from __future__ import annotations

from functools import cache

# Verbs that attribute a quotation, in the forms news copy uses. A language missing
# here has no "Who said what": its quotations cannot be told from scare quotes.
SPEECH_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """said says say told tells added adds stated states declared declares asked asks
        explained explains noted notes warned warns insisted insists wrote writes tweeted
        tweets posted continued continues claimed claims argued argues replied replies
        admitted admits announced announces recalled recalls urged urges remarked
        confirmed confirms acknowledged acknowledges stressed stresses joked jokes
        commented comments responded responds concluded concedes conceded revealed
        reveals suggested suggests added observed observes cautioned vowed vows pleaded
        predicted predicts promised promises complained complains boasted shouted
        whispered texted emailed reported reports agreed agrees disagreed countered
        maintained maintains told telling saying explaining adding writing screams
        screamed yelled yells cried shouts""".split()
    ),
    "de": frozenset(
        """sagte sagt sagten erklärte erklärt betonte betont meinte meint fügte schrieb
        schreibt warnte warnt teilte kündigte sprach fragte antwortete""".split()
    ),
    "fr": frozenset(
        """déclare déclaré dit affirmé affirme affirmé estime estimé explique
        expliqué ajoute ajouté souligne souligné indique indiqué précise précisé
        assure assuré lance lancé confie confié""".split()
    ),
    "es": frozenset(
        """dijo dice declaró declara afirmó afirma aseguró asegura explicó explica
        añadió añade señaló señala indicó indica advirtió advierte subrayó""".split()
    ),
    "it": frozenset(
        """detto dice dichiarato dichiara affermato afferma spiegato spiega
        aggiunto aggiunge sottolineato sottolinea""".split()
    ),
    "pt": frozenset(
        """disse diz afirmou afirma declarou declara explicou explica acrescentou
        acrescenta ressaltou destacou""".split()
    ),
    "nl": frozenset("zei zegt verklaarde verklaart schreef schrijft voegde".split()),
    "sv": frozenset("sa sade säger skriver skrev förklarar förklarade".split()),
    "pl": frozenset("powiedział powiedziała mówi stwierdził stwierdziła dodał dodała".split()),
    "cs": frozenset("řekl řekla uvedl uvedla dodal dodala prohlásil prohlásila".split()),
    "ru": frozenset("сказал сказала заявил заявила отметил отметила добавил добавила".split()),
    "uk": frozenset("сказав сказала заявив заявила зазначив зазначила додав додала".split()),
}

# Auxiliaries before a speech verb after a quotation ("…», a déclaré Macron").
AUXILIARIES: dict[str, frozenset[str]] = {
    "fr": frozenset({"a", "avait"}),
    "it": frozenset({"ha", "aveva"}),
    "de": frozenset({"hat", "hatte"}),
    "es": frozenset({"ha", "había"}),
    "pt": frozenset({"tem", "tinha"}),
}

# Numbers written as words, capitalised in lists and headlines ("Two Iranians", "Three
# Americans"): they open no name.
NUMBER_WORDS = frozenset(
    """One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty
    Fifty Hundred Hundreds Thousand Thousands Dozens Several""".split()
)

# Capitalised words that are units and amounts, not names ("500 Millionen Euro").
NOT_NAMES = frozenset(
    """Euro Euros Dollar Dollars Millionen Milliarden Million Milliarde Prozent Mio Mrd
    GMT UTC BST EST EDT PST CET CEST""".split()
)

# Words that tie a quotation to who said it without a verb ("according to police").
ACCORDING_TO: dict[str, str] = {
    "en": "according to",
    "de": "laut",
    "fr": "selon",
    "es": "según",
    "it": "secondo",
    "pt": "segundo",
}

# Pronouns that stand for the last person named before them.
PRONOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"he", "she"}),
    "de": frozenset({"er", "sie"}),
    "fr": frozenset({"il", "elle"}),
    "es": frozenset({"él", "ella"}),
    "it": frozenset({"lui", "lei"}),
    "pt": frozenset({"ele", "ela"}),
}

# Titles and roles written before a name: the name is what follows the last of them.
TITLES = frozenset(
    """President Secretary Minister Premier Chancellor General Gen Gen. Mr Mr. Mrs Mrs.
    Ms Ms. Dr Dr. Sen Sen. Senator Rep Rep. Representative Governor Gov Gov. King Queen
    Prince Princess Pope Judge Justice Officer Detective Inspector Sergeant Sgt Captain
    Capt Colonel Col Lieutenant Lt Major Admiral Commander Coach Manager Chairman
    Chairwoman Chief Director Ambassador Envoy Commissioner Mayor Sir Lord Lady Dame
    Professor Prof Prof. Father Rev Reverend Bishop Archbishop Sheikh Ayatollah Speaker
    Spokesman Spokeswoman Spokesperson Leader Boss Striker Midfielder Defender Goalkeeper
    Star Actress Actor Singer Chef Duke Duchess Emperor Sultan Herr Frau Monsieur Madame
    Señor Señora Author Writer Editor Journalist Photographer Producer Lawyer Councillor
    Constable Trooper Attorney Agent
    Bundeskanzler Bundeskanzlerin Kanzler Kanzlerin Präsident Doktor
    Regisseur Regisseurin Schauspieler Schauspielerin Sänger Sängerin Trainer Trainerin
    Präsidentin Ministerin Außenminister Außenministerin Bundespräsident Ministerpräsident
    Président Présidente Ministre Presidente Ministro Ministra Presidenta Premier
    Mme Mmes Mlle Mlles MM. Sra Sra. Srta Srta. Dona Senhor Senhora Signor Signora""".split()
)
# Title words that only say which minister or secretary, never a title alone.
TITLE_MODIFIERS = frozenset(
    "Foreign Defence Defense Prime Interior Finance Health Deputy Vice Attorney".split()
)

# A name with one of these words names an organisation.
ORGANISATION_WORDS = frozenset(
    """Ministry Ministries Department Office Council Parliament Assembly Senate Congress
    Cabinet Party Bank Fund Company Corporation Corp Corp. Inc Inc. Ltd Ltd. Group
    Holdings Airlines Airways University College School Institute Academy Hospital
    Police Army Navy Force Forces Guard Agency Commission Committee Union Association
    Federation League Club Court Foundation Trust Society Organisation Organization
    Service Services Authority Board Bureau Administration Government Kremlin Pentagon
    Reuters Times Post News Network FC United City Rovers Athletic Wanderers Media
    Albion Villa Hotspur Argyle Rangers Harriers Reserve Equities Securities Partners
    Press Church Ministers Meeting Summit Conference Forum Games Cup
    Festival Daily Online Record Championship Premiership Olympics
    Coalition Alliance Movement Front Command Exchange Fed Branch Unit Division
    Ministerium Regierung Bundestag Partei Gouvernement Ministère Gobierno Ministerio
    Governo Ministero
    Conseil Assemblée Sénat Parti Banque Université Agence Commission Comité Tribunal
    Cour Armée Fondation Société Institut Centre Jeux Nations Organisation
    Conselho Assembleia Senado Câmara Partido Banco Universidade Agência Comissão
    Comitê Exército Fundação Associação Organização Instituto Centro Empresa Polícia
    Consejo Asamblea Congreso Universidad Agencia Comisión Comité Ejército Fundación
    Asociación Organización Instituto Policía Empresa Naciones Nações
    Consiglio Camera Partito Banca Università Agenzia Commissione Esercito Fondazione
    Bundesregierung Bundesrat Gericht Stiftung Verband Bundeswehr Polizei
    Statistics Project Affairs Democracy Collège Lycée Hôpital Colégio Escola Escuela
    Hospital Fundo Fonds Fondo Caixa Departamento Département Dipartimento Plano
    Força Forças Fuerza Fuerzas Forza Forze Guarda Guardia Gendarmerie Aeronáutica
    Polizia Carabinieri Luftwaffe Tourism Study Survey Programme Program GmbH AG""".split()
)
# A name of several words ending in one of these is a club ("Macclesfield Town", "Ipswich
# Town"); alone, the word names nothing.
CLUB_ENDINGS = frozenset({"Town"})
ORGANISATIONS = frozenset(
    """Kremlin Pentagon Senate Congress Parliament NATO ASEAN OPEC Interpol Google Apple
    Microsoft Amazon Facebook Meta Twitter Netflix Tesla Boeing Airbus Reuters Hamas
    Hezbollah Taliban Nasa NASA FBI CIA NHS BBC CNN EU UN UNICEF WHO IMF ISIS Isis ISIL
    Daesh""".split()
) | frozenset(
    {
        "White House",
        "Maison Blanche",
        "Casa Branca",
        "Casa Blanca",
        "Casa Bianca",
        "Downing Street",
        "Scotland Yard",
        "European Union",
        "United Nations",
        "Al Qaeda",
        "Islamic State",
        "Boko Haram",
        "Al Shabaab",
        "Red Cross",
        "Supreme Court",
    }  # fmt: skip
)

# Words after a surname that are part of the name but not the surname ("Stancil III").
NAME_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())

# First words that open a place's name whatever follows ("Port Talbot", "Mount Kenya").
PLACE_STARTS = frozenset(
    """Port Mount Mt Mt. Lake Fort Cape Isle Mont Lac Île Îles Ilha Ilhas Isla Islas
    Monte Lago Golfe Golfo Serra Sierra Cabo Stade Rue Boulevard Gare Aéroport Quai Rua
    Praça Avenida Estádio Aeroporto Calle Plaza Estadio Aeropuerto Piazza""".split()
)

# Words that open a place when "of" follows ("Gulf of Thailand", "Sea of Galilee"), where
# alone they may open a firm's name ("Sea Glass Vacations").
PLACE_OF = frozenset("Gulf Sea Bay Strait Straits".split())

# First words that make a place of a place's name ("Saharan Africa", "Eastern Europe").
PLACE_PREFIXES = frozenset(
    """North South East West Northern Southern Eastern Western Central Upper Lower Greater
    Saharan Sub-Saharan""".split()
)

PLACES = frozenset(
    """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria
    Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan
    Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada
    Chad Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Djibouti
    Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon
    Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras
    Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan
    Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho
    Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia
    Maldives Mali Malta Mauritania Mauritius Mexico Moldova Monaco Mongolia Montenegro
    Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria
    Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland
    Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore
    Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan
    Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda
    Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Britain
    England Scotland Wales America Europe Asia Africa Antarctica Crimea Donbas Gaza
    Kashmir Tibet Kyiv Kiev Moscow Washington London Paris Berlin Rome Madrid Lisbon
    Brussels Vienna Warsaw Prague Budapest Athens Ankara Istanbul Tehran Baghdad
    Damascus Beirut Jerusalem Cairo Riyadh Dubai Doha Kabul Islamabad Delhi Mumbai
    Beijing Shanghai Tokyo Seoul Pyongyang Bangkok Jakarta Manila Hanoi Sydney
    Melbourne Ottawa Toronto Chicago Boston Miami Houston Dallas Atlanta Seattle Denver
    Detroit Philadelphia Brooklyn Manhattan California Texas Florida Ohio Virginia
    Michigan Arizona Nevada Oregon Alaska Hawaii Kansas Iowa Utah Idaho Montana Maine
    Vermont Kentucky Tennessee Alabama Louisiana Missouri Wisconsin Minnesota Indiana
    Illinois Pennsylvania Massachusetts Maryland Colorado Oklahoma Arkansas Mississippi
    Nebraska Wyoming Delaware Connecticut Kharkiv Odesa Odessa Lviv Dnipro Mariupol
    Kherson Donetsk Luhansk Minsk Chongqing Manchester Liverpool Birmingham Leeds
    Glasgow Edinburgh Cardiff Belfast Dublin Geneva Zurich Milan Munich Hamburg
    Frankfurt Barcelona Amsterdam Stockholm Oslo Copenhagen Helsinki Johannesburg
    Nairobi Lagos Rio Caracas Havana Lima Bogota Santiago""".split()
) | frozenset(
    {
        "Kuala Lumpur",
        "Saudi Arabia",
        "United States",
        "United Kingdom",
        "New York",
        "Los Angeles",
        "San Francisco",
        "Hong Kong",
        "New Zealand",
        "South Africa",
        "North Korea",
        "South Korea",
        "Sri Lanka",
        "Costa Rica",
        "El Salvador",
        "Puerto Rico",
        "Middle East",
        "West Bank",
        "Latin America",
        "North America",
        "South America",
        "New Jersey",
        "New Mexico",
        "North Carolina",
        "South Carolina",
        "West Virginia",
        "Northern Ireland",
        "Buenos Aires",
        "Abu Dhabi",
        "Tel Aviv",
        "Las Vegas",
        "New Delhi",
        "Washington DC",
        "Rio de Janeiro",
        "Sao Paulo",
        "U.S.",
        "U.K.",
        "US",
        "UK",
        "USA",
        "UAE",
    }  # fmt: skip
)
# The big countries and cities as the other languages Briefer reads write them.
PLACES |= frozenset(
    name.strip()
    for name in """Estados Unidos|États-Unis|Etats-Unis|Stati Uniti|Vereinigte Staaten|
    Reino Unido|Royaume-Uni|Regno Unito|Grande-Bretagne|Allemagne|Alemanha|Alemania|
    Germania|Deutschland|Espagne|
    Espanha|España|Spagna|Spanien|França|Francia|Frankreich|Brasil|Brésil|Brasile|Brasilien|
    Chine|Cina|Rússia|Russie|Rusia|Russland|Japão|Japon|Japón|Giappone|Inglaterra|
    Angleterre|Inghilterra|Itália|Italie|Italien|Suisse|Suíça|Suiza|Schweiz|Belgique|
    Bélgica|Belgien|Pays-Bas|Países Bajos|Holanda|Grécia|Grèce|Grecia|Turquie|Turquia|
    Türkei|Irão|Irã|Égypte|Egito|Egipto|Inde|Índia|Indien|Mexique|México|Afrique|África|
    Afrika|Europa|Europe|Ásia|Asie|Amérique|América|Caraïbes|Caribe|Moscou|Moscovo|Pékin|
    Pequim|Londres|Genève|Bruxelles|Bruxelas|Lisboa|Lisbonne""".split("|")
)
# More cities and districts of the news, whose names would otherwise read as people's
# ("San Diego") or, with "City", as a club's ("New York City"). Cities that are also
# common first names or words (Austin, Phoenix, Nice, Orlando, Chelsea) are left out.
PLACES |= frozenset(
    name.strip()
    for name in """New York City|Mexico City|Panama City|Kuwait City|Guatemala City|
    Quebec City|Ho Chi Minh City|Vatican City|Kansas City|Oklahoma City|Salt Lake City|
    San Diego|San Antonio|San Jose|San Juan|San Salvador|Santa Monica|Santa Barbara|
    Santa Cruz|Santo Domingo|São Paulo|New Orleans|St Louis|St. Louis|Cape Town|
    Baltimore|Minneapolis|Pittsburgh|Sacramento|Honolulu|Harlem|Bronx|Sheffield|
    Nottingham|Leicester|Bristol|Newcastle|Marseille|Lyon|Toulouse|Cologne|Naples|Turin|
    Seville|Kolkata|Osaka|Montreal|Vancouver|Aleppo|Mosul|Karachi|Lahore|Dhaka|
    Brasília|Bogotá""".split("|")
)
# Cities whose names open with an article, which would otherwise read as a paper or a
# club ("Le Monde"): in English and in the languages of the cities themselves.
PLACES |= frozenset(
    name.strip()
    for name in """The Hague|Den Haag|La Haye|La Paz|Le Havre|Le Mans|La Rochelle|Le Caire|
    La Havane|La Habana|El Cairo|La Mecque|Le Cap|La Plata|Las Palmas|La Coruña|
    La Spezia|Los Alamos|El Paso|La Défense""".split("|")
)

# A name with one of these words names an event or a measure, not a person ("Second
# World War", "Consumer Price Index").
EVENT_WORDS = frozenset(
    "War Wars Revolution Election Elections Crisis Olympics Awards Prize Day Week Year"
    " Index".split()
)

# A name ending in one of these words names a place.
PLACE_WORDS = frozenset(
    """Park Street Road Avenue Square Stadium Airport River Mountains Island Islands Bay
    Sea Ocean Lake Valley Province Region District Peninsula Strait Coast Beach Bridge
    Arena Centre Center Hall Palace Castle Cathedral Stream Channel Canal Desert Forest
    Alps Gulf Station Terminal Harbour Harbor Pier Plaza Mall Gardens Museum Zoo Mosque
    Highway Motorway Boulevard Heights Falls County Canyon Dam Reef Basin Plateau""".split()
)

MONTHS_AND_DAYS = frozenset(
    """January February March April May June July August September October November
    December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday""".split()
)

# The months and days in the other languages Briefer reads, in lower case ("14 mars",
# "3. Oktober", "22 de junio"): a number next to one is a date.
DATE_WORDS = frozenset(
    """janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche
    januar februar märz april mai juni juli august september oktober november dezember
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre lunes martes miércoles jueves viernes sábado domingo
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre
    dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica
    janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
    segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo
    januari februari maart april mei juni juli augustus september oktober november december
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag""".split()
) | {word.lower() for word in MONTHS_AND_DAYS}

# Adjectives of nationality are capitalised but name nobody.
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ic", "an", "i", "ians", "eans", "ans", "is")

# Lower-case words allowed inside a name ("Bank of England", "Rio de Janeiro").
CONNECTORS = frozenset({"of", "de", "da", "do", "del", "der", "van", "von", "bin", "al", "la"})
# Particles of Dutch and German names, and the articles that may follow them inside a
# name ("Ursula von der Leyen", "Jan van den Berg"). In German "der" and "den" are the
# articles of common nouns anywhere else ("die Wohnung der Familie").
NAME_PARTICLES = frozenset({"von", "van", "vom"})
PARTICLE_ARTICLES = frozenset({"der", "den"})
# Endings of German nouns that name no one ("Inszenierung", "Freiheit", "Wirtschaft",
# "Regisseur", "Lehrerin"): a would-be name does not open with one.
GERMAN_NOUN_ENDINGS = tuple("ung heit keit schaft tion tät ismus eur eurin erin istin".split())
# Endings of roles written in one word with what they are of ("Konzernchef",
# "Polizeisprecher", "Verteidigungsminister"): a title before a name.
GERMAN_ROLE_ENDINGS = tuple(
    """chef chefin spieler sprecher sprecherin minister ministerin präsident präsidentin
    experte expertin leiter leiterin direktor direktorin trainer vorsitzender
    vorsitzende""".split()
)
# German words after which a capitalised word is a common noun ("die Putzkraft", "im
# Theater", "ihrer Tochter"): German writes every noun with a capital.
GERMAN_DETERMINERS = frozenset(
    """der die das des dem den ein eine einer eines einem einen kein keine keiner keines
    keinem keinen im am zum zur vom beim ins ans aufs fürs ums dieser diese dieses diesem
    diesen jener jene jenes jeder jede jedes jedem jeden sein seine seiner seines seinem
    seinen ihr ihre ihrer ihres ihrem ihren unser unsere unserer unseren mein meine
    meiner meinen dein deine euer eure alle allen aller viele vielen mehrere einige
    wenige""".split()
)


@cache
def speech_verbs(language: str) -> frozenset[str]:
    """Return the speech verbs of a language (none for a language without them)."""
    return SPEECH_VERBS.get(language, frozenset())
