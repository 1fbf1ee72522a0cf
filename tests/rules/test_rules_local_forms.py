"""number-mismatch and date-mismatch on facts written the local way: quiet on the same fact, loud on another.

Each case is one sentence pair the project wrote after a form real translators use (NTREX, real PDFs):
``quiet`` cases must give no finding, ``loud`` ones exactly the differences listed, as
(reference value, translation value) of the finding.
"""

from __future__ import annotations

import pytest

from factories import comparison, edition
from heroes_i18ncheck.rules import dates, numbers


def _findings(ref_lang: str, ref: str, tr_lang: str, tr: str) -> list[tuple[str, str]]:
    compared = comparison(edition(ref_lang, ref_lang, ref), edition(tr_lang, tr_lang, tr))
    found = [f for rule in (numbers.RULE, dates.RULE) for f in rule.run(compared)]
    return [(f.reference.value if f.reference else "", f.translation.value if f.translation else "") for f in found]


QUIET = [
    # quantities: converted, within the translator's rounding
    ("mph-to-kmh-fr", "en", "Rosa had winds of 85 mph.", "fr", "Les vents soufflaient à 136 km/h."),
    ("mph-to-kmh-pl-rounded-up", "en", "Rosa had winds of 85 mph.", "pl", "Huragan wieje z prędkością prawie 137 km/h."),
    ("miles-to-km-es-words", "en", "It was 385 miles southwest of Punta Eugenia.", "es", "Estaba a casi 620 kilómetros de Punta Eugenia."),
    ("pounds-weight-to-kilos-es", "en", "The 550 pound hog mauled the farmer.", "es", "El cerdo de casi 250 kilos atacó al ganadero."),
    ("pounds-to-kilogram-adjective-pl", "en", "The 550 pound hog mauled the farmer.", "pl", "To blisko 250-kilogramowa świnia."),
    ("fahrenheit-to-celsius-generic-degrees", "en", "A sunny 80 degrees.", "es", "Un día soleado de 27 grados."),
    ("inches-range-to-cm-pl", "en", "They are likely to get 1 to 2 inches.", "pl", "Opadów wyniesie od 2,5 do 5 cm."),
    ("bracketed-equivalent-dropped", "en", "The volcano sits 45 miles (72 kilometers) from the capital.", "de", "Der Vulkan liegt 72 km von der Hauptstadt."),
    ("bracketed-equivalent-after-a-number-word", "en", "Waves as high as six meters (18 feet) hit.", "fr", "Des vagues de six mètres de haut."),
    ("a-fahrenheit-difference-in-celsius-pl", "en", "About 10 degrees above average.", "pl", "Około 5 stopni powyżej średniej."),
    ("european-portuguese-km-per-hour", "en", "Winds of 12 mph.", "pt", "Ventos de 19 quilómetros por hora."),
    ("metres-bg", "en", "A 5 km walk.", "bg", "Разходка от 5 километра."),
    ("metres-el", "en", "A 5 km walk.", "el", "Ένας περίπατος 5 χιλιομέτρων."),
    ("feet-to-metres-lt", "en", "A wall 10 feet high.", "lt", "3 metrų aukščio siena."),
    ("half-an-inch-fr", "en", "Rainfall totals of over half an inch are possible.", "fr", "Des cumuls de plus de 1,3 cm sont possibles."),
    ("two-foot-wide-es", "en", "A hat with a two-foot wide brim.", "es", "Un sombrero con un ala de 60 cm."),
    ("about-a-mile-fr", "en", "The fire was about a mile away.", "fr", "Le feu était à environ 1,5 km."),
    ("feet-against-metres-in-words-es", "en", "Waves of 20 feet.", "es", "Olas de seis metros."),
    ("a-decade-of-degrees-es", "en", "A warm start with widespread 80s.", "es", "Un inicio cálido, con unos 26 grados."),
    ("a-decade-of-degrees-as-a-range-pt", "en", "A warm start with widespread 80s.", "pt", "Um início quente, entre os 27 e os 30 graus."),
    ("lithuanian-year-m-is-no-metre", "en", "In spring 2023.", "lt", "2023 m. pavasarį."),
    # clocks: 12-hour to 24-hour, a dot, the hour with a word for the clock
    ("pm-to-24-hour-fr", "en", "Doors open at 3 p.m.", "fr", "Ouverture des portes à 15 h."),
    ("am-as-morning-word-pl", "en", "At 7 a.m. on Sunday.", "pl", "W niedzielę o 7 rano."),
    ("pm-to-24-hour-with-dot-pl", "en", "At 5.30pm on Friday.", "pl", "W piątek o 17.30."),
    ("am-with-dot-to-colon-es", "en", "At 4.40 am.", "es", "A las 4:40."),
    ("pm-to-uhr-de", "en", "At 2pm.", "de", "Um 14 Uhr."),
    ("part-of-the-day-after-es", "en", "At 5.30pm on Friday.", "es", "El viernes a las 5.30 de la tarde."),
    ("part-of-the-day-before-hu", "en", "At 5.30pm on Friday.", "hu", "Pénteken délután 5:30-kor."),
    # decades and centuries
    ("decade-as-two-digits-es", "en", "They moved out in the 1930s.", "es", "Se fue en los años 30 del siglo XX."),
    ("decade-as-two-digits-fr", "en", "Since the 1980s.", "fr", "Depuis les années 80."),
    ("decade-with-its-first-year-el", "en", "In the 1980s.", "el", "Στη δεκαετία του 1980."),
    ("decade-suffix-de", "en", "In the 1980s.", "de", "In den 1980er Jahren."),
    ("century-roman-fr", "en", "A 19th century church.", "fr", "Une église du XIXe siècle."),
    ("century-roman-pl", "en", "A 17th century painting.", "pl", "Obraz z XVII wieku."),
    ("century-roman-lt", "en", "In the 19th century.", "lt", "XIX a. pradžioje."),
    ("century-roman-bg", "en", "In the 19th century.", "bg", "През XIX век."),
    ("decade-as-its-century-pl", "en", "In the early 2000s.", "pl", "Na początku XXI wieku."),
    ("century-ordinal-de", "en", "In the 19th century.", "de", "Im 19. Jahrhundert."),
    # dates: declined months, month and year without a day, English abbreviations with a dot
    ("month-locative-pl", "en", "Since June 2018.", "pl", "Od czerwca, a w czerwcu 2018 zaczęło się."),
    ("month-locative-pl-we", "en", "In September 2017.", "pl", "We wrześniu 2017 r."),
    ("month-accusative-lt", "en", "In September 2017.", "lt", "2017 m. rugsėjį."),
    ("month-locative-cs", "en", "In June 2018.", "cs", "V červnu 2018."),
    ("english-abbreviation-with-dot", "en", "The Nov. 6 elections.", "fr", "Les élections du 6 novembre."),
    ("english-sept-abbreviation", "en", "On Sept. 30, 2018.", "pl", "30 września 2018 r."),
    # numbers written as words on one side
    ("percent-spelled-out-in-english", "en", "Thirty-two percent of voters agree.", "fr", "32 % des électeurs sont d'accord."),
    ("hour-spelled-out-es", "en", "At 5 a.m. on Sunday.", "es", "El domingo a las cinco de la mañana."),
    ("count-spelled-out-bg", "en", "We met 24 partners.", "bg", "Срещнахме двайсет и четири партньори."),
    ("count-spelled-out-lt", "en", "A team of 20 people.", "lt", "Dvidešimt žmonių komanda."),
    ("count-spelled-out-el", "en", "Some 1000 people.", "el", "Περίπου χίλια άτομα."),
    ("count-spelled-out-de", "en", "32 partners.", "de", "Zweiunddreißig Partner."),
    # numbers as words in another case, gender or compound (ICU ordinal, feminine and genitive rule sets; stems)
    ("age-compound-pl", "en", "A 42-year-old man was arrested.", "pl", "Zatrzymano czterdziestodwuletniego mężczyznę."),
    ("age-compound-reversed-cs", "en", "A 42-year-old man was arrested.", "cs", "Dvaačtyřicetiletý muž byl zatčen."),
    ("age-noun-pl", "en", "A 16-year-old was hurt.", "pl", "Ranny został szesnastolatek."),
    ("ordinal-word-fr", "en", "For the 12th time.", "fr", "Pour la douzième fois."),
    ("ordinal-word-feminine-ro", "en", "For the 12th time.", "ro", "Pentru a douăsprezecea oară."),
    ("cardinal-genitive-pl", "en", "More than 200 times.", "pl", "Ponad dwustu razy."),
    ("number-word-with-case-ending-hu", "en", "Some 200 people came.", "hu", "Mintegy kétszázan jöttek el."),
    ("decade-in-words-pl", "en", "In the 1980s.", "pl", "W latach osiemdziesiątych."),
    ("decade-in-words-hu", "en", "In the 1980s.", "hu", "A nyolcvanas években."),
    ("round-thousand-without-one-cs", "en", "About 1,000 people.", "cs", "Asi tisícovka lidí."),
    ("season-code-year", "en", "The SS19 collection.", "fr", "La collection printemps-été 2019."),
    # percentage points in another language; a hundred per cent as a manner of speaking; km per hour in words
    ("percentage-points-cs", "en", "A margin of 40 percentage points.", "cs", "Rozdíl 40 procentních bodů."),
    ("percentage-points-glued-hu", "en", "A margin of 40 percentage points.", "hu", "40 százalékpontos különbség."),
    ("hundred-percent-as-a-manner-of-speaking", "en", "I am 100 percent certain.", "es", "Estoy totalmente seguro."),
    ("km-pe-ora-ro", "en", "Winds of 85 mph.", "ro", "Vânturi de 136 km pe oră."),
    # scale words declined (a stem all CLDR forms share) and a scale abbreviation whose dot tells it from a unit
    ("scale-word-dative-cs", "en", "Help for 142 million people.", "cs", "Pomoc 142 milionům lidí."),
    ("scale-word-dative-lt", "en", "Help for 142 million people.", "lt", "Pagalba 142 milijonams žmonių."),
    ("scale-word-genitive-el", "en", "A budget of €2.4 million.", "el", "Προϋπολογισμός 2,4 εκατομμυρίων ευρώ."),
    ("scale-word-variant-spelling-cs", "en", "It cost $2 million.", "cs", "Stálo to 2 milióny USD."),
    ("czech-mil-without-dot-is-miles", "en", "It is 130 miles offshore.", "cs", "Je to 130 mil od pobřeží."),
    ("french-milles-are-miles-not-thousands", "en", "About 10 miles offshore.", "fr", "À environ 16 km (10 milles) au large."),
    # percent as a word, declined or as an adjective
    ("percent-word-locative-pl", "en", "In 17 per cent of cases.", "pl", "W 17 procentach przypadków."),
    ("percent-adjective-pl", "en", "A 14% rise.", "pl", "14-procentowy wzrost."),
    ("percent-genitive-lt", "en", "16 percent of voters.", "lt", "16 procentų rinkėjų."),
    ("percent-abbreviation-pl", "en", "40 percent of voters.", "pl", "40 proc. wyborców."),
    ("percent-word-de", "en", "40 percent of voters.", "de", "40 Prozent der Wähler."),
    # ranges written another way
    ("shortened-range-end", "en", "The Korean War (1950-53).", "pl", "Wojna koreańska (lata 1950–1953)."),
    ("range-as-its-two-ends-es", "en", "Studies estimate 70-90% of men.", "es", "Los estudios calculan entre un 70 % y un 90 % de los hombres."),
    ("range-as-its-two-ends-de", "en", "Aged 16-25.", "de", "Zwischen 16 und 25 Jahre alt."),
    ("score-with-a-colon-pl", "en", "Ayr 38-17 Melrose.", "pl", "Ayr kontra Melrose 38:17."),
    ("two-ends-as-a-range-lt", "en", "From 16 to 25 years.", "lt", "16–25 metų."),
    ("a-year-before-a-percentage-is-no-list", "en", "In 2019, 45 percent agreed.", "fr", "En 2019, 45 % étaient d'accord."),
    ("percent-word-shared-by-a-range-ro", "en", "Between 30 and 43 percent of voters.", "ro", "Între 30% și 43% dintre alegători."),
    ("percent-word-shared-by-a-range-with-articles-es", "en", "Between 30 and 43 percent of voters.", "es",
     "Entre el 30 y el 43 % de los votantes."),
    ("percent-word-shared-by-a-list-hu", "en", "Grades were 72%, 69% and 63%.", "hu", "Az arány 72, 69 és 63 százaléka volt."),
    ("day-month-lower-case-hu", "en", "The Nov. 6 elections.", "hu", "A november 6-i választások."),
    # the currency left to the context, a bracketed equivalent in another currency dropped, endings on units
    ("currency-left-to-the-context-fr", "en", "The deal is worth €2.2 billion.", "fr", "L'accord vaut 2,2 milliards."),
    ("money-equivalent-in-brackets-dropped-cs", "en", "A €2.2 billion ($3.6bn) deal.", "cs", "Dohoda za 2,2 miliardy EUR."),
    ("scale-adjective-cs", "en", "A $60 billion package.", "cs", "Balíček 60 miliardového rozsahu v USD."),
    ("unit-with-case-ending-hu", "en", "The 550 pound hog mauled the farmer.", "hu", "A 250 kilós disznó megölte a gazdát."),
    ("degrees-with-case-ending-hu", "en", "A sunny 80 degrees.", "hu", "Napos, 26 fokos idő."),
    # phone numbers and other digit groups that a space groups in one language and not the other
    ("phone-groups-fr", "en", "Call 0800 555 111 or 116 123.", "fr", "Appelez le 0800 555 111 ou le 116 123."),
    ("phone-groups-pl", "en", "Call 0800 555 111.", "pl", "Zadzwoń pod numer 0800 555 111."),
    # currency and scale as words, with the language's linking word
    ("currency-word-after-scale-fr", "en", "A £125m deal.", "fr", "Un accord de 125 millions de livres sterling."),
    ("currency-word-elided-fr", "en", "It costs €3.1billion.", "fr", "Il coûte 3,1 milliards d’euros."),
    ("currency-sign-after-scale-es", "en", "Sales of $37 billion.", "es", "Ventas de 37\u00a0000 millones de $."),
    ("currency-word-plural-pl", "en", "It cost £11 million.", "pl", "Kosztował 11 milionów funtów."),
    ("currency-word-de", "en", "It cost £11 million.", "de", "Es kostete 11 Millionen britische Pfund."),
    ("currency-linking-word-ro", "en", "It cost $100.", "ro", "A costat 100 de dolari."),
    ("scale-word-once-for-a-list-hu", "en", "CBS had 3.1 million, NBC had 2.94 million and CNN had 2.52 million.", "hu",
     "A CBS-t 3,1, az NBC-t 2,94, míg a CNN-t 2,52 millióan nézték."),
    ("percent-word-once-for-a-list-with-words-between-hu", "en",
     "72 per cent in German, 69 per cent in French and 63 per cent in Spanish.", "hu",
     "A németül tanulók 72, a franciások 69 és a spanyolosok 63 százaléka."),
    ("percentage-points-both-sides-cs", "en", "He won by 40 percentage points.", "cs", "Vyhrál o 40 procentních bodů."),
    ("day-written-as-a-word-es", "en", "A ruling on 1 October.", "es", "Un fallo el uno de octubre."),
    ("weekday-given-as-its-date-fr", "en", "An article published Saturday.", "fr", "Un article publié samedi 29 septembre."),
    ("hour-as-an-ordinal-cs", "en", "Just before 7 a.m. on the beach.", "cs", "Ráno krátce před 7. hodinou na pláži."),
    ("hour-glued-to-a-preposition-cs", "en", "They play at 3 p.m. on Wednesday.", "cs", "Ve středu v15 hodin hrají."),
    ("century-of-a-decade-as-an-ordinal-cs", "en", "They moved out in the 1930s.", "cs", "Odstěhovali se v 30. letech 20. století."),
    ("age-compound-with-a-unit-word-pl", "en", "West, 41, was arrested.", "pl", "Czterdziestojednoletni West został zatrzymany."),
    ("degree-typed-as-an-ordinal-indicator-pt", "en", "It was a sunny 80 degrees outside.", "pt", "Estavam 26º lá fora."),
    ("ordinal-glued-to-a-preposition-pl", "en", "Into the water at the 16th hole.", "pl", "Prosto do wody przy16. dołku."),
    ("scale-and-currency-once-for-a-range-es", "en", "Investments in the range of $60m - $200m.", "es",
     "Inversiones en el rango de 60 a 200 millones de dólares."),
    ("a-unit-stated-once-for-the-sentence-es", "en", "They will get 1 to 2 inches, with totals up to 4 inches possible.", "es",
     "Caerán entre 2 y 5 centímetros, con posibilidad de llegar a los 10."),
    ("a-hundred-years-named-as-a-century-fr", "en", "Hit by tsunamis several times in the past 100 years.", "fr",
     "Frappées par des tsunamis à plusieurs reprises depuis un siècle."),
    ("a-draw-written-out-pt", "en", "He played until the 2-2 draw with Villarreal.", "pt",
     "Jogou até ao empate a dois golos com o Villarreal."),
    ("day-written-as-an-ordinal-word-hu", "en", "Bolivia awaits a ruling on 1 October.", "hu",
     "Bolívia a bíróság október elsejei ítéletére vár."),
    ("for-the-twelfth-time-cs", "en", "Mickelson played for a record 12th time.", "cs", "Mickelson hrál o rekord podvanácté."),
    ("a-list-written-without-its-space-de", "en", "The cells in layers 2, 3 and 5 project.", "de",
     "Die Zellen in den Schichten 2,3 und 5 projizieren."),
    ("a-verse-with-a-comma-cs", "en", "As Paul writes in 2 Cor 4:16, we do not lose heart.", "cs",
     "Jak píše Pavel ve 2 Kor 4,16, neklesáme na mysli."),
    ("a-chapter-and-verse-with-a-comma-de", "en", "Scripture (cf. Ez 36:26) constitutes the greatest gift.", "de",
     "Die Schrift (vgl. Ez 36,26) ist das größte Geschenk."),
]

LOUD = [
    ("six-inches-is-not-five-cm", "en", "Up to 6 inches of rain.", "lt", "Iki 5 centimetrų lietaus.", [("6 inches", "5 centimetrų")]),
    ("a-fahrenheit-difference-converted-as-a-temperature", "en", "A 20-degree drop.", "es", "Una caída de 7 grados.", [("20-degree", "7 grados")]),
    ("half-an-inch-is-not-five-cm", "en", "Rainfall totals of over half an inch are possible.", "fr",
     "Des cumuls de plus de 5 cm sont possibles.", [("", "5 cm")]),
    ("a-decade-of-degrees-that-is-too-cold", "en", "A warm start with widespread 80s.", "es", "Un inicio con unos 20 grados.",
     [("80s", "20 grados")]),
    ("half-an-inch-is-not-nearly-two-cm", "en", "Rainfall totals of over half an inch are possible.", "ro",
     "Sunt posibile precipitații de aproape 2 cm.", [("", "2 cm")]),
    ("a-round-conversion-twenty-percent-off", "en", "The 550 pound hog mauled the farmer.", "ro",
     "Un porc de aproximativ 300 kg l-a ucis pe fermier.", [("550 pound", "300 kg")]),
    ("a-list-member-that-changed", "en", "Grades were 72%, 69% and 63%.", "hu", "Az arány 72, 68 és 63 százaléka volt.", [("69%", "68")]),
    ("another-amount-without-its-currency", "en", "A $35 million fine.", "fr", "Une amende de 36 millions.",
     [("$35 million", "36 millions")]),
    ("an-equivalent-that-is-not-in-brackets", "en", "It cost €2.2 billion and $3.6bn more.", "cs", "Stálo to 2,2 miliardy EUR.",
     [("$3.6bn", "")]),
    ("another-weight-with-case-ending-hu", "en", "The 550 pound hog mauled the farmer.", "hu", "A 150 kilós disznó megölte a gazdát.",
     [("550 pound", "150 kilós")]),
    ("another-distance", "en", "It was 385 miles away.", "fr", "C'était à 820 km.", [("385 miles", "820 km")]),
    ("morning-became-evening", "en", "At 11 a.m.", "el", "Στις 11 μ.μ.", [("11 a.m.", "11 μ.μ.")]),
    ("evening-became-morning-es", "en", "At 7.30pm on Friday.", "es", "El viernes a las 7.30 de la mañana.",
     [("7.30pm", "7.30 de la mañana")]),
    ("another-century", "en", "A 19th century church.", "fr", "Une église du XVIIIe siècle.", [("19th", "XVIIIe")]),
    ("a-list-member-with-another-scale", "en", "CBS had 3.1 million and CNN had 2.52 million.", "hu",
     "A CBS-t 3,1, míg a CNN-t 2,52 milliárdan nézték.", [("3.1 million", "3,1"), ("2.52 million", "2,52 milliárdan")]),
    ("a-list-member-that-changed-before-its-scale-word", "en", "CBS had 3.1 million and CNN had 2.52 million.", "hu",
     "A CBS-t 3,2, míg a CNN-t 2,52 millióan nézték.", [("3.1 million", "3,2")]),
    ("percentage-points-became-percent-hu", "en", "He won by 40 percentage points.", "hu", "40 százalékkal nyert.",
     [("40 percentage points", "40 százalékkal")]),
    ("another-day-written-as-a-word-es", "en", "A ruling on 1 October.", "es", "Un fallo el dos de octubre.", [("1 October.", "")]),
    ("another-temperature-typed-with-an-ordinal-indicator-pt", "en", "It was a sunny 80 degrees outside.", "pt",
     "Estavam 16º lá fora.", [("80 degrees", "16º")]),
    ("a-range-end-that-changed-before-its-scale-word", "en", "Investments in the range of $60m - $200m.", "es",
     "Inversiones en el rango de 50 a 200 millones de dólares.", [("$60m", "50")]),
    ("a-number-whose-unit-was-stated-before-that-is-too-small", "en", "They will get 1 to 2 inches, with totals up to 4 inches possible.",
     "es", "Caerán entre 2 y 5 centímetros, con posibilidad de llegar a los 20.", [("4 inches", "20")]),
    ("a-hundred-years-that-became-a-decade", "en", "Hit by tsunamis several times in the past 100 years.", "fr",
     "Frappées par des tsunamis à plusieurs reprises depuis une décennie.", [("100", "")]),
    ("a-score-one-end-written-out", "en", "He played until the 2-3 defeat with Villarreal.", "pt",
     "Jogou até à derrota por três golos com o Villarreal.", [("2-3", "")]),
    ("another-day-written-as-an-ordinal-word-hu", "en", "Bolivia awaits a ruling on 1 October.", "hu",
     "Bolívia a bíróság október másodikai ítéletére vár.", [("1 October.", "")]),
    ("a-decimal-that-is-no-list", "en", "The cells in layers 2, 3 and 5 project.", "de",
     "Die Zellen in den Schichten 2,4 und 5 projizieren.", [("2", "2,4")]),
    ("another-hour-as-an-ordinal-cs", "en", "Just before 7 a.m. on the beach.", "cs", "Ráno krátce před 8. hodinou na pláži.",
     [("7 a.m.", "8.")]),
    ("another-decade", "en", "Since the 1980s.", "fr", "Depuis les années 70.", [("1980s", "70")]),
    ("june-became-july", "en", "On June 11 we met.", "bg", "На 11 юли се срещнахме.", [("June 11", "11 юли")]),
    ("another-month-declined-pl", "en", "In June 2018.", "pl", "W lipcu 2018.", [("June 2018", "lipcu 2018")]),
    ("a-spelled-number-that-differs", "en", "We met 24 partners.", "fr", "Nous avons rencontré vingt-cinq partenaires.", [("24", "")]),
    ("percent-is-no-percentage-points-cs", "en", "Up 40 percent.", "cs", "Nárůst o 40 procentních bodů.", [("40 percent", "40 procentních bodů")]),
    ("hundred-percent-changed", "en", "100 percent of the funds were spent.", "es", "Se gastó el 90 % de los fondos.", [("100 percent", "90 %")]),
    ("a-round-ten-that-begins-another-number", "en", "We met 20 partners.", "fr", "Nous avons rencontré vingt-cinq partenaires.", [("20", "")]),
    ("another-age-compound-pl", "en", "A 42-year-old man was arrested.", "pl", "Zatrzymano czterdziestotrzyletniego mężczyznę.", [("42", "")]),
    ("another-age-compound-cs", "en", "A 42-year-old man was arrested.", "cs", "Třiačtyřicetiletý muž byl zatčen.", [("42", "")]),
    ("a-small-number-is-read-only-whole", "en", "We met at 2 p.m.", "pl", "Spotkaliśmy się o dwunastej.", [("2 p.m.", "")]),
    ("czech-mil-with-dot-is-million", "en", "A town of 130 miles.", "cs", "Město se 130 mil. obyvatel.", [("130 miles", "130 mil.")]),
    ("million-declined-became-billion-cs", "en", "Help for 142 million people.", "cs", "Pomoc 142 miliardám lidí.", [("142 million", "142 miliardám")]),
    ("percentage-points-are-no-percent", "en", "Up 5 percent.", "en", "Up 5 percentage points.", [("5 percent", "5 percentage points")]),
    ("a-score-that-changed", "en", "To lead 10-6 at Le Golf National.", "pt", "Para liderar por 10-5 no Le Golf National.", [("10-6", "10-5")]),
    ("a-range-that-lost-an-end", "en", "Aged 16-25.", "de", "16 Jahre alt.", [("16-25", "16")]),
    ("a-digit-group-changed", "en", "Call 0800 555 111.", "fr", "Appelez le 0800 555 112.", [("111", "555 112")]),
    ("dollars-became-pounds", "en", "A $35 million fine.", "fr", "Une amende de 35 millions de livres sterling.",
     [("$35 million", "35 millions de livres sterling")]),
    ("a-billion-became-a-spanish-billon", "en", "A £2.8bn loss.", "es", "Una pérdida de 2800 billones de libras.",
     [("£2.8bn", "2800 billones de libras")]),
    ("million-became-billion-pl", "en", "A $100 million deal.", "pl", "Umowa na 100 mld USD.", [("$100 million", "100 mld USD")]),
]


@pytest.mark.parametrize(("ref_lang", "ref", "tr_lang", "tr"), [c[1:] for c in QUIET], ids=[c[0] for c in QUIET])
def test_the_same_fact_written_the_local_way_is_quiet(ref_lang: str, ref: str, tr_lang: str, tr: str) -> None:
    assert _findings(ref_lang, ref, tr_lang, tr) == []


@pytest.mark.parametrize(("ref_lang", "ref", "tr_lang", "tr", "expected"), [c[1:] for c in LOUD], ids=[c[0] for c in LOUD])
def test_another_fact_is_still_reported(ref_lang: str, ref: str, tr_lang: str, tr: str, expected: list[tuple[str, str]]) -> None:
    assert _findings(ref_lang, ref, tr_lang, tr) == expected
