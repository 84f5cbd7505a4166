"""Words the engine understands: stopwords, question words, what a question asks for, and traps.

All entries are in normalised form (casefolded, ä→ae, ö→oe, ü→ue, ß→ss). An entry ending in `*`
matches any word that starts with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from babel.dates import get_day_names, get_month_names

STOPWORDS = frozenset(
    """
    koennten waere waeren haette haetten wuerde wuerden muesste
    a about after again all also am an and any are as at be because been before being both but by can
    could did do does doing done for from had has have having he her here hers him his i if in into is it
    its itself just me more most my no nor not now of off on once only or other our out over own same she
    should so some such than that the their them then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your yours
    much many how tell me please pls plz know want wanna gonna get got give let s t re ve ll d m
    someone somebody jemand irgendwer irgendjemand
    bro dude hey exactly actually really currently now overall total totally roughly approximately
    ai ki deal deals
    aber alle allem allen aller alles als also am an ans auch auf aus bei beim bin bis bist da dabei damit
    dann das dass dein deine dem den der des dessen dich die dies diese diesem diesen dieser dieses dir doch
    dort du durch ein eine einem einen einer eines er es etwas euch euer eure fuer gegen gewesen hab habe
    haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre im in indem ins ist jede jedem jeden
    jeder jedes jene jetzt kann kannst koennen koennte machen man mein meine mich mir mit muss nach nicht
    nichts noch nun nur ob oder ohne sehr sein seine sich sie sind so solche soll sollen sollte sondern
    sonst ueber um und uns unser unter viel viele vom von vor wann war waren warst was weg weil weiter
    welche welchem welchen welcher welches wenn wer werde werden wie wieder wieviel wieviele will wir wird
    wirst wo wollen wurde wurden zu zum zur zwar zwischen denn eigentlich genau mal bitte sag sagen
    erzaehl erzaehle gib gibt es eigentlich insgesamt ungefaehr etwa
    laut artikel artikeln article articles bericht report according piece seinen seiner ihren ihrer
    worum woran wovon darum daran dazu damit ueberhaupt nochmal nochmals again anyway yet tun nen
    kontext context solchen solcher solches gegenueber per nem
    listed mentioned erwaehnt aufgelistet aufgezaehlt aufgefuehrt
    list nenne nenn zaehl zaehle aufzaehlen auflisten
    stuff zeug kram
    qualifier qualifiers wording formulierung
    thing things sache ding dings konkret konkreter specifically concretely
    statt stattdessen instead
    angeblich angeblichen supposedly allegedly reportedly apparently ballpark
    smth sth something irgendwas somehow irgendwie lol lmao anywhere somewhere irgendwo anything irgendetwas
    eig eigtl iirc afaik afair imo imho tbh idk ngl fwiw iiuc tho like cuz coz becuz
    isnt arent wasnt werent dont doesnt didnt wont cant hasnt havent hadnt
    isn aren wasn weren don doesn didn couldn wouldn shouldn hasn haven hadn mustn needn
    miteinander untereinander zustaendige zustaendigen zustaendiger
    bekleidet bekleidete bekleiden innehat innehatte innehaben inne
    must shall might muessen musste mussten gemacht damals ging gingen gegangen
    seinem ihrem seines ihres unserem unseren jenem jener
    lautet lauten lautete lauteten
    fuers aufs ums uebers durchs alongside
    """.split()
)

GERMAN_MARKERS = frozenset(
    """
    wie viel viele wieviel wieviele was wer wo wann warum wieso weshalb welche welcher welches welchen ist
    sind der die das den dem des und von mit hat haben gibt soll sollen werden wird investiert investieren
    zwischen fuer ueber bei im zum zur auf aus es ein eine einen nicht auch noch schafft plant
    rolle vorsitzender arbeitsplaetze gelaende hallo danke gehts spaet bitte erzaehl sag zeig welchem genau
    monat startet laut dass seit bis nach schon denn eigentlich seine seinen seiner ihre ihren ihrer sich
    jetzt nun wurde wurden kann koennen muss muessen dort hier mir uns kurz zusammen fass fasse gib nenn
    nenne zaehl zaehle
    """.split()
)
ENGLISH_MARKERS = frozenset(
    """
    how much many what who where when why which is are the of and will does did do with has have
    for about between invest investing invested jobs role chairman hello hi thanks thank you please
    tell show much price weather time
    """.split()
)

QUESTION_WORDS = frozenset(
    """
    wie was wer wo wann warum wieso weshalb welche welcher welches welchen wieviel wieviele woher wohin
    wozu gibt ist sind hat haben wird werden soll kann koennen erzaehl erklaer zeig nenn
    how what who where when why which whose is are does do did can could will would should has have
    tell explain show list name
    """.split()
)

# attribute -> (keyword, weight). Weights say how surely the word names that attribute.
# Traders' words for a price's move, whole words only ("pump" begins "Pumpspeicher", "Tank" is a noun).
MOVE_SLANG_UP = frozenset(
    "ripped rippte pumped pump pumps mooned moon moons rallied rally spiked spike popped".split()
)
MOVE_SLANG_DOWN = frozenset("tanked tank tanks dumped dump dumps cratered crater crashed".split())

INTENTS: dict[str, tuple[tuple[str, float], ...]] = {
    "investment": (
        ("invest*", 1.0),
        ("geld", 1.0),
        ("money", 1.0),
        ("dollar*", 0.8),
        ("usd", 0.8),
        ("milliard*", 0.6),
        ("mrd", 0.6),
        ("billion*", 0.6),
        ("bn", 0.6),
        ("kapital*", 0.9),
        ("capital", 0.9),
        ("finanzier*", 0.5),
        ("fund*", 0.7),
        ("summe", 0.8),
        ("betrag", 0.8),
        ("amount", 0.6),
        ("wert", 0.7),
        ("worth", 0.8),
        ("value", 0.6),
        ("volum*", 0.8),
        ("kost*", 0.9),
        ("cost*", 0.9),
        ("pay*", 0.7),
        ("bezahl*", 0.7),
        ("zahl*", 0.5),
        ("ausgab*", 0.7),
        ("spend*", 0.8),
        ("spent", 0.8),
        ("steck*", 0.6),
        ("pump*", 0.6),
        ("pocket*", 0.6),  # "how deep are Acme's pockets": money, said as an idiom
        ("tasche", 0.6),  # "wie tief greift Acme in die Tasche"
        ("bucks", 0.8),
        ("cash", 0.8),
        ("kohle", 0.9),
        ("knete", 0.9),
        ("moneten", 0.9),
        ("zaster", 0.9),
        ("kies", 0.9),
        ("scheine", 0.8),
        ("piepen", 0.9),
        ("flocken", 0.8),
        ("dough", 0.9),
        ("moolah", 0.9),
        ("finanziell*", 0.8),
        ("financial*", 0.8),
        ("teuer", 0.8),
        ("expensive", 0.8),
        ("ausgezahlt", 0.4),
        ("put", 0.6),
        ("putting", 0.7),
        ("throw*", 0.6),
        ("pour*", 0.6),
        ("budget*", 0.9),
        ("mittel", 0.5),
        ("geldgeber", 0.5),
        ("size", 0.5),
    ),
    "capacity": (
        ("gigawatt*", 0.9),
        ("gw", 0.9),
        ("gigs", 0.9),  # chat: "4.5 gigs"
        ("megawatt*", 0.9),  # the same power in another unit ("wie viele MW …")
        ("mw", 0.9),
        ("kapazitaet*", 0.9),
        ("capacity", 0.9),
        ("rechenleistung*", 1.0),
        ("leistung*", 0.7),
        ("compute", 0.8),
        ("computing", 0.6),
        ("rechenkapazitaet*", 1.0),
        ("power", 0.7),
        ("juice", 0.7),  # chat: "how much juice" is power
        ("saft", 0.7),  # ... and German chat's "wie viel Saft"
        ("rechenpower", 1.0),  # chat: German and English in one word, "Rechenleistung"
        ("strom*", 0.6),
        ("energie*", 0.5),
        ("energy", 0.5),
        ("umfang*", 0.6),
        ("scale", 0.7),
        ("watt", 0.8),
        ("megawatt*", 0.8),
        ("infrastrukturumfang", 0.8),
        ("verbrauch*", 0.4),
        ("consum*", 0.4),
        ("use", 0.2),
        ("bringen", 0.3),
        ("deploy*", 0.5),
        ("bereitstell*", 0.3),
        ("rechenzentr*", 0.3),
        ("datacenter*", 0.3),
    ),
    "energy": (
        ("energie*", 0.7),
        ("energy", 0.7),
        ("strom*", 0.7),
        ("verbrauch*", 0.7),
        ("consum*", 0.7),
        ("power", 0.6),
        ("nachhaltig*", 0.6),
        ("sustainab*", 0.6),
        ("umwelt*", 0.6),
        ("environment*", 0.6),
        ("kleinstadt", 0.8),
        ("grossstadt", 0.8),
        ("stadt", 0.4),
        ("city", 0.4),
        ("town", 0.4),
        ("erneuerbar*", 0.8),
        ("renewable*", 0.8),
        ("electric*", 0.7),
        ("elektri*", 0.6),
        ("kuehl*", 0.6),
        ("cooling", 0.6),
        ("smart", 0.4),
        ("grid", 0.6),
        ("netz*", 0.3),
        ("vergleichbar*", 0.4),
        ("comparable", 0.4),
        ("equivalent", 0.4),
    ),
    "timeline": (
        ("wann", 1.0),
        ("when", 1.0),
        ("zeitplan*", 1.0),
        ("timeline", 1.0),
        ("schedule*", 1.0),
        ("zeitraum", 0.9),
        ("start*", 0.5),
        ("beginn*", 0.6),
        ("begin*", 0.6),
        ("phase", 0.4),
        ("datum", 0.9),
        ("date", 0.8),
        ("jahr", 0.5),
        ("jahre", 0.5),
        ("year", 0.5),
        ("years", 0.5),
        ("online", 0.5),
        ("betrieb*", 0.4),
        ("launch*", 0.7),
        ("fertig*", 0.6),
        ("ready", 0.6),
        ("halbjahr*", 0.8),
        ("haelfte", 0.7),
        ("half", 0.7),
        ("bis", 0.1),
        ("soon", 0.5),
        ("bald", 0.5),
        ("lange", 0.6),
        ("long", 0.4),
        ("dauer*", 0.7),
        ("wochen", 0.6),
        ("weeks", 0.6),
        ("operational", 0.5),
        ("live", 0.5),
        ("go", 0.1),
        ("time", 0.3),
        ("wenn", 0.1),
    ),
    "hardware": (
        ("plattform*", 1.0),
        ("platform*", 1.0),
        ("chip*", 0.9),
        ("hardware*", 0.9),
        ("gpu*", 0.6),
        ("beschleuniger*", 0.9),
        ("accelerator*", 0.9),
        ("prozessor*", 0.8),
        ("processor*", 0.8),
        ("system*", 0.3),
        ("silizium*", 0.8),
        ("silicon", 0.8),
        ("asic*", 0.9),
        ("custom", 0.6),
        ("kundenspezifisch*", 0.8),
        ("technolog*", 0.3),
        ("architektur*", 0.6),
        ("architecture", 0.6),
        ("generation*", 0.7),
        ("grafikprozessor*", 0.6),
        ("grafikkart*", 0.6),
        ("graphics", 0.5),
        ("modell*", 0.2),
        ("cluster*", 0.4),
        ("supercomputer*", 0.6),
        ("netzwerk*", 0.2),
        ("kuehl*", 0.2),
    ),
    "gpus": (
        ("gpu*", 1.0),
        ("grafikprozessor*", 1.0),
        ("grafikkart*", 1.0),
        ("graphics", 0.8),
        ("karten", 0.6),
        ("ausbau*", 0.4),
        ("hundertfach*", 0.8),
        ("expansion", 0.4),
    ),
    "location": (
        ("wo", 1.0),
        ("where", 1.0),
        ("standort*", 1.0),
        ("ort", 0.9),
        ("location*", 1.0),
        ("site", 0.4),
        ("place", 0.8),
        ("stadt", 0.7),
        ("city", 0.7),
        # ... in the plural ("which cities"; not "towns", which is "the town's" too)
        *(("staedte", 0.7), ("cities", 0.7), ("orte", 0.8), ("laender", 0.6), ("countries", 0.6)),
        ("staat", 0.6),
        ("state", 0.5),
        ("bundesstaat", 0.8),
        ("gebaut", 0.5),
        ("built", 0.5),
        ("build", 0.3),
        ("errichtet", 0.5),
        ("bau*", 0.3),
        ("land", 0.4),
        ("country", 0.6),
        ("region", 0.7),
        ("wohin", 0.8),
        ("located", 1.0),
        ("kaff", 0.8),
        ("town", 0.6),
        ("kalifornien", 0.8),
        ("california", 0.8),
        ("florida", 0.8),
        ("nevada", 0.8),
        ("arizona", 0.8),
        ("ohio", 0.8),
        ("virginia", 0.8),
        ("washington", 0.6),
        ("liegt", 0.6),
    ),
    "site_area": (
        ("flaeche*", 1.0),
        ("gelaende*", 1.0),
        ("area", 0.9),
        ("acre*", 1.0),
        ("acker*", 1.0),
        ("hektar*", 1.0),
        ("hectare*", 1.0),
        ("gross", 0.6),
        ("big", 0.6),
        ("size", 0.7),
        ("groesse", 0.8),
        ("quadrat*", 0.8),
        ("square", 0.7),
        ("land", 0.7),
        ("grundstueck*", 1.0),
        ("campus", 0.6),
        ("large", 0.6),
    ),
    "jobs": (
        ("jobs", 1.0),
        ("job", 0.5),
        ("arbeitsplaetz*", 1.0),
        ("arbeitsplatz*", 1.0),
        ("stellen", 0.8),
        ("beschaeftigung*", 0.8),
        ("employ*", 0.8),
        ("arbeitskraeft*", 0.7),
        ("workers", 0.7),
        ("arbeitsmarkt*", 0.8),
        ("hire*", 0.6),
        ("hiring", 0.6),
        ("schaff*", 0.3),
        ("create*", 0.2),
        ("labor", 0.6),
        ("labour", 0.6),
    ),
    "market_share": (("marktanteil*", 1.0),),  # a company's share of its market
    "market_reaction": (
        ("aktie*", 1.0),
        ("stock*", 1.0),
        ("share*", 0.7),
        ("boerse*", 0.9),
        ("market*", 0.6),
        ("markt*", 0.6),
        ("reaktion*", 0.8),
        ("reaction", 0.8),
        ("react*", 0.8),
        ("reagier*", 0.8),
        ("investor*", 0.5),
        ("anleger*", 0.7),
        ("steig*", 0.7),
        ("stieg*", 0.8),
        ("rise", 0.7),
        ("rose", 0.7),
        ("risen", 0.7),
        ("jump*", 0.7),
        ("gain*", 0.5),
        ("gestieg*", 0.8),
        ("prozent*", 0.4),
        ("percent*", 0.4),
        ("kurs*", 0.5),
        ("wall", 0.5),
        ("nasdaq", 0.8),
        ("up", 0.3),
        ("down", 0.5),
        ("runter", 0.5),
        ("hoch", 0.3),
        # German chat for a move: "ist hochgegangen", "ging runter", "abgesackt", "eingebrochen"
        ("hochgeg*", 0.7),
        ("hochging", 0.7),
        ("runtergeg*", 0.7),
        ("runterging", 0.7),
        ("abgesackt", 0.7),
        ("eingebroch*", 0.7),
        ("geklettert", 0.7),
        ("climb*", 0.7),
        ("zugeleg*", 0.7),
        # chat for a sharp move: "how much did it pop", "spiked", "sprang"
        ("pop", 0.7),
        ("popp*", 0.7),
        ("spike*", 0.7),
        ("spiking", 0.7),
        ("surg*", 0.7),
        ("soar*", 0.7),
        ("sprang", 0.7),
        ("gesprung*", 0.7),
        *((word, 0.7) for word in sorted(MOVE_SLANG_UP | MOVE_SLANG_DOWN)),
    ),
    "agreement": (
        ("vereinbarung*", 1.0),
        ("agreement*", 1.0),
        ("vertrag*", 0.9),
        ("contract*", 0.9),
        ("formal*", 0.9),
        ("letter", 0.8),
        ("intent", 0.6),
        ("absichtserklaerung*", 1.0),
        ("grundsatzvereinbarung*", 1.0),
        ("rahmen*", 0.5),
        ("bindend*", 0.8),
        ("verbindlich*", 0.9),
        ("fix", 0.7),
        ("besiegelt", 0.8),
        ("binding", 0.8),
        ("unterschrieb*", 0.7),
        ("sign*", 0.5),
        ("form", 0.5),
        ("schrittweise", 0.7),
        ("stages", 0.6),
        ("staged", 0.6),
        ("tranche*", 0.8),
        ("auszahl*", 0.7),
        ("ueberwies*", 0.6),
        ("ueberweis*", 0.6),
        ("payout*", 0.7),
        ("paid", 0.5),
        ("structured", 0.6),
        ("strukturiert*", 0.6),
        ("eigentum*", 0.5),
        ("ownership", 0.5),
        ("loi", 0.9),
        ("mou", 0.9),
        ("terms", 0.6),
        ("bedingungen", 0.6),
        ("gigawatt", 0.1),
    ),
    "people": (
        ("wer", 0.7),
        ("who", 0.7),
        ("ceo", 1.0),
        ("chef*", 0.9),
        ("gruender*", 1.0),
        ("founder*", 1.0),
        ("praesident*", 1.0),
        ("president*", 1.0),
        ("prez", 1.0),  # chat for the president
        ("vorsitz*", 1.0),
        ("chair*", 1.0),
        ("leiter*", 0.8),
        ("leitet", 0.8),
        ("leads", 0.7),
        ("head", 0.6),
        ("boss", 0.9),
        ("person*", 0.6),
        ("people", 0.5),
        ("fuehrung*", 0.7),
        ("executive*", 0.7),
        ("manager*", 0.5),
        ("sagt*", 0.5),
        ("said", 0.5),
        ("says", 0.5),
        ("say", 0.4),
        ("aeusser*", 0.6),
        ("zitat*", 0.7),
        ("quote*", 0.5),
        ("statement*", 0.4),
        ("meint*", 0.5),
        ("think*", 0.4),
        ("comment*", 0.5),
        ("kommentar*", 0.5),
        ("betont*", 0.5),
        ("hervor*", 0.4),
        ("behind", 0.3),
        ("dahinter", 0.3),
        ("cto", 0.7),
        ("title", 0.8),
        ("titel", 0.8),
        ("cfo", 0.7),
        ("call", 0.6),
        ("called", 0.5),
        ("calls", 0.6),
        ("nennt", 0.6),
        ("bezeichn*", 0.7),
        ("describ*", 0.6),
        ("beschreib*", 0.6),
        ("bewertet", 0.5),
        ("sprung", 0.6),
        ("leap", 0.6),
    ),
    "partners": (
        ("partner*", 1.0),
        ("partnership*", 0.3),
        ("partnerschaft*", 0.3),
        ("unternehmen", 0.3),
        ("firm*", 0.6),
        ("compan*", 0.6),
        ("beteiligt*", 0.8),
        ("involved", 0.8),
        ("mitglied*", 0.6),
        ("member*", 0.6),
        ("allianz*", 0.8),
        ("alliance*", 0.8),
        ("kooperation*", 0.8),
        ("cooperat*", 0.8),
        ("collaborat*", 0.7),
        ("zusammenarb*", 0.6),
        ("arbeitet", 0.4),
        ("arbeiten", 0.4),
        ("oekosystem*", 0.7),
        ("ecosystem*", 0.7),
        ("chipmaker*", 0.7),
        ("chiphersteller*", 0.7),
        ("hersteller*", 0.5),
        ("companies", 0.6),
        ("company", 0.5),
        ("firma", 0.6),
        ("firmen", 0.6),
        ("teilnehm*", 0.6),
        ("participant*", 0.6),
        ("else", 0.3),
        ("wem", 0.6),
        ("work", 0.4),
        ("works", 0.4),
        ("working", 0.4),
        ("together", 0.4),
        ("zusammen", 0.4),
        ("noch", 0.1),
        ("sonst*", 0.2),
        ("mit", 0.05),
        ("with", 0.05),
    ),
    "role": (
        ("rolle*", 1.0),
        ("role*", 1.0),
        ("aufgabe*", 0.9),
        ("task*", 0.7),
        ("verantwort*", 0.9),
        ("responsib*", 0.9),
        ("zustaendig*", 0.9),
        ("beitrag*", 0.7),
        ("steuert", 0.6),
        ("beisteuer*", 0.8),
        ("einbring*", 0.8),  # "was bringt Acme ein" (the particle joined again in parse)
        ("contribut*", 0.7),
        ("liefert*", 0.6),
        ("provide*", 0.6),
        ("bereitstell*", 0.5),
        ("funktion*", 0.7),
        ("function*", 0.6),
        ("position*", 0.7),
        ("part", 0.6),
        ("job", 0.8),
        ("tut", 0.6),
        ("macht", 0.6),
        ("geldgeber*", 0.8),
        ("financier*", 0.8),
        ("betreiber*", 0.8),
        ("operator*", 0.8),
        ("handle*", 0.7),
        ("kuemmert*", 0.8),
        ("handles", 0.7),
        ("betrieb*", 0.3),
        ("operation*", 0.4),
        ("daily", 0.5),
        ("taeglich*", 0.5),
    ),
    "rationale": (
        ("warum", 1.0),
        ("why", 1.0),
        ("grund*", 0.8),
        ("reason*", 0.9),
        ("ziel*", 0.8),
        ("goal*", 0.8),
        ("purpose", 0.9),
        ("zweck*", 0.9),
        ("motiv*", 0.9),
        ("strateg*", 0.6),
        ("wieso", 1.0),
        ("weshalb", 1.0),
        ("wozu", 1.0),
        ("aim*", 0.7),
        ("sinn", 0.6),
        ("point", 0.6),
        ("bedeutung*", 0.6),
        ("significance", 0.6),
        ("impact*", 0.5),
        ("auswirkung*", 0.6),
        ("implication*", 0.6),
        ("abhaengigkeit*", 0.7),
        ("dependence", 0.7),
        ("dependency", 0.7),
        ("diversif*", 0.8),
        ("vision", 0.6),
        ("superintelligenz*", 0.6),
        ("superintelligence", 0.6),
        ("mangel*", 0.5),
        ("shortage", 0.5),
    ),
    "structure": (
        ("tochter*", 1.0),
        ("subsidiar*", 1.0),
        ("struktur*", 0.6),
        ("structure", 0.6),
        ("gesellschaft*", 0.5),
        ("gehoert", 0.8),
        ("gehoeren", 0.8),
        ("belongs", 0.8),
        ("owned", 0.8),
        ("owns", 0.8),
        ("owner*", 0.8),
        ("eigentuemer*", 0.8),
        ("gegruendet*", 0.7),
        ("founded", 0.5),
        ("unit", 0.5),
        ("entity", 0.5),
        ("eigenstaendig*", 0.9),
        ("independent", 0.8),
        ("separate", 0.8),
        ("own", 0.5),
        ("organis*", 0.5),
        ("organiz*", 0.5),
        ("what", 0.05),
        ("was", 0.05),
    ),
    "risks": (
        ("risik*", 1.0),
        ("risk*", 1.0),
        ("blase*", 1.0),
        ("bubble*", 1.0),
        ("profit*", 0.9),
        ("gewinn", 0.8),
        ("rentab*", 0.9),
        ("regulier*", 0.8),
        ("regulat*", 0.8),
        ("kritik*", 0.8),
        ("critic*", 0.8),
        ("bedenken", 0.8),
        ("concern*", 0.8),
        ("gefahr*", 0.8),
        ("danger*", 0.8),
        ("nachhaltigkeit", 0.4),
        ("skepsis", 0.8),
        ("sceptic*", 0.8),
        ("skeptic*", 0.8),
        ("machtkonzentration*", 0.9),
        ("konzentration*", 0.6),
        ("concentration", 0.6),
        ("monopol*", 0.7),
        ("verlust*", 0.7),
        ("loss*", 0.6),
        ("worried", 0.6),
        ("problem*", 0.6),
        ("fragen", 0.3),
        ("questions", 0.3),
    ),
    "previous_deals": (
        ("vorher*", 0.9),
        ("before", 0.9),
        ("zuvor", 0.9),
        ("vor", 0.4),
        ("frueher*", 0.8),
        ("previous*", 0.9),
        ("earlier", 0.8),
        ("prior", 0.8),
        ("davor", 0.9),
        ("vorangegangen*", 0.9),
        ("voraus*", 0.9),
        ("other", 0.3),
        ("andere*", 0.3),
        ("weitere*", 0.3),
        ("kurz", 0.3),
        ("shortly", 0.3),
        ("after", 0.3),
        ("nach", 0.1),
        ("folgt*", 0.5),
        ("follow*", 0.5),
    ),
}

# The unit a figure needs to answer an attribute; snippets (no curated fact) must carry one of these.
ATTRIBUTE_UNITS: dict[str, frozenset[str]] = {
    "investment": frozenset({"USD", "CNY"}),
    "capacity": frozenset({"GW"}),
    "energy": frozenset({"GW"}),
    "gpus": frozenset({"GPU"}),
    "jobs": frozenset({"jobs"}),
    "market_reaction": frozenset({"percent"}),
    "site_area": frozenset({"acres"}),
    "timeline": frozenset({"year", "years"}),
}

# A market-reaction word lifts the share-price block ("how much did the stock rise").
PRICE_MOVES = (
    "pop",
    "popp*",
    "spike*",
    "surg*",
    "soar*",
    "sprang",
    "steig*",
    "stieg*",
    "rise",
    "rose",
    "risen",
    "jump*",
    "gain*",
    "reagier*",
    "react*",
    "reaktion*",
    "zugeleg*",
    "climb*",
    "prozent*",
    "percent*",
    "fell",
    "fall*",
    "fiel",
    "hochgeg*",
    "hochging",
    "runtergeg*",
    "runterging",
    "abgesackt",
    "eingebroch*",
    "geklettert",
    "change*",
    "veraender*",
)

CHITCHAT = frozenset(
    """
    hi hallo hello hey heya hiya moin servus gruezi gruss gruess gott griass di yo ahoi guten morgen tag abend
    nacht good morning
    evening afternoon night danke dank thanks thank thx ty merci vielen lieben ok okay k cool nice super
    toll lol haha hahaha xd bye tschuess ciao cya tschau wie gehts geht how are you doing whats what up
    sup test testing ping bot na alles klar gut fine great yes no ja nein jo nope yep welcome gern geschehen
    gerne np wow omg hm hmm aha ah oh huh bitte sorry entschuldigung
    """.split()
)

COMPARE_WORDS = (
    "vergleich*",
    "compar*",
    "vs",
    "versus",
    "unterschied*",
    "difference*",
    "differ*",
    "beide",
    "jeweils",
    "each",
    "respectively",
    "both",
    "gegenueber",
    "groesser",
    "bigger",
    "larger",
    "kleiner",
    "smaller",
    "mehr",
    "more",
    "weniger",
    "less",
)

# Names the articles do not cover (and the tickers of those companies): a question about them must not
# borrow another company's figure.
FOREIGN_NAMES = frozenset(
    """
    apple alphabet aws meta facebook instagram whatsapp tesla spacex intel anthropic xai
    mistral samsung tsmc qualcomm ibm bitcoin btc ethereum eth crypto krypto kryptowaehrung deepmind
    baidu alibaba tencent huawei netflix uber twitter palantir cisco dell supermicro micron hynix sk
    siemens sap bosch volkswagen vw bmw mercedes telekom infineon aleph alpha openrouter perplexity
    cohere inflection groq cerebras graphcore lambda vultr digitalocean hetzner ionos ovh equinix
    europa europe eu deutschland germany berlin muenchen munich frankfurt hamburg paris london uk england
    frankreich france china peking beijing japan tokio tokyo indien india korea brasilien brazil kanada
    canada australien australia schweiz switzerland oesterreich austria spanien spain italien italy
    musk elon zuckerberg cook pichai nadella su lisa tan hock ellison larry gates bill amodei dario
    trump biden merkel scholz gemini claude llama grok copilot
    regierung bundesregierung government administration steuerzahler taxpayer taxpayers pentagon congress
    kongress
    intc aapl tsla tsm qcom smci pltr csco baba nflx
    """.split()
)

# Words a prefix would catch but that mean something else ("investors" are no "investment").
INTENT_EXCLUDE: dict[str, tuple[str, ...]] = {
    "invest": ("investor",),
    "partner": ("partnership", "partnerschaft"),
    "chip": ("chipmaker", "chiphersteller"),
    "hersteller": (),
    "markt": ("marktanteil",),  # a market share ("market share" is read so too) is no market's reaction
}

# Related attributes: a fact of the key attribute partly answers a question asking for the others.
AFFINITY: dict[str, dict[str, float]] = {
    "hardware": {"gpus": 0.9},
    "gpus": {"hardware": 0.9},
    "capacity": {"energy": 0.8},
    "energy": {"capacity": 0.8},
    "people": {"role": 0.8},
    "role": {"people": 0.5, "partners": 0.7, "structure": 0.5},
    "partners": {"role": 0.6, "previous_deals": 0.5},
    "previous_deals": {"partners": 0.6},
    "rationale": {"risks": 0.5},
    "risks": {"rationale": 0.5},
    "structure": {"role": 0.5},
    "agreement": {"investment": 0.3},
}

# "which platform", "welche Firma": the word after names what is asked.
WHICH_WORDS = frozenset("which welche welcher welches welchen welchem what".split())
# "laut dem GPU-Artikel", "in the Cobalt piece": the article a question points at.
ARTICLE_WORDS = frozenset(
    "artikel artikels bericht berichts meldung mitteilung ankuendigung beitrag text article piece report "
    "announcement story coverage post news nachricht commentary kommentar column kolumne essay".split()
)
# "einen Beitrag leisten": a contribution made, not a piece written ("wer leistet den größten Beitrag")
_CONTRIBUTING = frozenset("leistet leisten leistete leisteten geleistet beisteuert beitraegt".split())


def names_a_piece(word: str, words: Sequence[str]) -> bool:
    """Is `word` of the question `words` an article word that names a piece, not a contribution?"""
    return word in ARTICLE_WORDS and not (word == "beitrag" and not _CONTRIBUTING.isdisjoint(words))


# "which article mentions Acme", "in welchem Artikel kommt Acme vor": the article naming it is asked, and the
# verb of mentioning is no word its sentence must say
MENTION_VERBS = frozenset(
    """mention mentions mentioned mentioning appear appears appeared talk talks talking cover covers covered
    erwaehnt erwaehnen erwaehnte vorkommt vorkommen kommt taucht auftaucht auftauchen steht stehen""".split()
)
# ... and "welcher Artikel nennt Globex", "which article says …": a verb of saying, the article asked
CITING_VERBS = frozenset("say says said sagt nennt nennen schreibt schreiben writes write steht".split())
_WHICH_OF = frozenset("which welche welcher welches welchem welchen what".split())


def asks_which_article(words: Sequence[str]) -> bool:
    """ "welcher Artikel nennt …", "in which article does Acme appear", "wo … – welcher Artikel": the article
    itself is asked (not "what does the article say about Acme")."""
    return any(a in _WHICH_OF and b in ARTICLE_WORDS for a, b in pairwise(words))


# "Wann ist der Artikel erschienen?": the document's date, not a deal's timeline.
PUBLISH_WORDS = (
    "veroeffentlich*",
    "erschien*",
    "erschein*",
    "publish*",
    "publication",
    "datiert",
    "dated",
    "rausgekommen",
    "herausgekommen",
    "gepostet",
    "posted",
)
# "Wer hat den Artikel geschrieben?", "how many views does the article have": the article's head says.
HEADLINE_WORDS = ("headline*", "ueberschrift*", "schlagzeile*", "headlines")  # an article's title asked
AUTHOR_WORDS = ("autor*", "author*", "geschrieben", "verfasst*", "wrote", "written", "writer")
VIEWS_WORDS = ("views", "aufruf*", "aufgerufen", "klicks", "clicks", "gelesen", "angesehen", "angeschaut")
# "Why do the figures differ?", "Widerspruch?": the facts the sources disagree on answer.
CONFLICT_WORDS = (
    "widerspr*",
    "unterschiedlich*",
    "abweich*",
    "differ*",
    "different",
    "disagree*",
    "conflict*",
    "contradict*",
    "inconsisten*",
    "discrepanc*",
)
# "deal size", "Umfang des Deals": of a deal (not of a site) its money and its gigawatts.
DEAL_SIZE_WORDS = frozenset("size groesse umfang volume volumen ausmass scale dimension".split())
# "the second site", "das dritte Gigawatt": a fact must say which one.
FIRST_WORDS = frozenset("first erste ersten erster erstes".split())  # a part asked, when a figure is
ORDINALS = frozenset(
    "second third fourth fifth next zweite zweiten zweiter zweites dritte dritten dritter viertes vierte "
    "naechste naechsten naechster".split()
)
# Which part an ordinal names: "die zweite Phase" is part 2, "the first gigawatt" part 1.
ORDINAL_NUMBERS = {
    **dict.fromkeys("first erste ersten erster erstes".split(), 1),
    **dict.fromkeys("second zweite zweiten zweiter zweites".split(), 2),
    **dict.fromkeys("third dritte dritten dritter drittes".split(), 3),
    **dict.fromkeys("fourth vierte vierten vierter viertes".split(), 4),
    **dict.fromkeys("fifth fuenfte fuenften fuenfter".split(), 5),
}
_TIME_PARTS = frozenset("haelfte hälfte half halbjahr quartal quarter".split())


_DIGIT_ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")  # "the 2nd gigawatt"


# "im sechsten Artikel", "the seventh piece": places in a list past the parts ordinals name
_LIST_ORDINALS = {
    **dict.fromkeys("sixth sechste sechsten sechster sechstes".split(), 6),
    **dict.fromkeys("seventh siebte siebten siebter siebtes siebente siebenten".split(), 7),
    **dict.fromkeys("eighth achte achten achter achtes".split(), 8),
    **dict.fromkeys("ninth neunte neunten neunter neuntes".split(), 9),
    **dict.fromkeys("tenth zehnte zehnten zehnter zehntes".split(), 10),
}
LAST_WORDS = frozenset("last letzte letzten letzter letztes final".split())


def place_in_list(word: str) -> int | None:
    """The place an ordinal gives in a list ("zweiten": 2, "7th": 7; "letzten", "last": -1), else None."""
    if word in LAST_WORDS:
        return -1
    return _LIST_ORDINALS.get(word) or _ordinal(word)


def _ordinal(word: str) -> int | None:
    if word in ORDINAL_NUMBERS:
        return ORDINAL_NUMBERS[word]
    digits = _DIGIT_ORDINAL.match(word)
    return int(digits.group(1)) if digits else None


def parts_named(said: list[str]) -> set[int]:
    """The parts ordinals name ("die zweite Phase", "the 2nd gigawatt": 2), not a time's ("in der zweiten
    Hälfte 2026")."""
    ordinal = {
        number
        for w, after in zip(said, [*said[1:], ""], strict=True)
        if (number := _ordinal(w)) is not None and after not in _TIME_PARTS
    }
    # ... and those numbered after the part's noun ("Phase 2", "stage two")
    numbered = {
        _PART_NUMBERS.get(after) or int(after)
        for w, after in zip(said, [*said[1:], ""], strict=True)
        if w.startswith(_PART_NOUNS) and (after in _PART_NUMBERS or (after.isdigit() and 0 < int(after) < 10))
    }
    return ordinal | numbered


_PART_NOUNS = ("phase", "stage", "stufe", "ausbaustufe", "abschnitt", "bauabschnitt", "tranche")
_PART_NUMBERS = {"one": 1, "eins": 1, "two": 2, "zwei": 2, "three": 3, "drei": 3}


# "Wann ist es fertig?": a completion date, which a start or an investment period does not give.
COMPLETION_WORDS = (
    "fertig*",
    "finish*",
    "complet*",
    "done",
    "ready",
    "abgeschlossen",
    "vollendet",
    "vollstaendig",
    "komplett*",
    "vollausbau",
    "endausbau",
    "fully",
)
SHARE_WORDS = ("aktie*", "stock*", "share", "shares", "papier*")
# A currency named in the question ("in US-Dollar") asks for money: 10 GW is no answer to it. (A named
# gigawatt is often the subject, "the first gigawatt", so only currencies constrain the unit.)
UNIT_WORDS: dict[str, frozenset[str]] = {
    "usd": frozenset({"USD", "CNY"}),
    "dollar*": frozenset({"USD", "CNY"}),
    "euro*": frozenset({"USD", "CNY"}),
    "yuan": frozenset({"USD", "CNY"}),
}
# "wie viel … in Mrd": with "how much", a money scale asks for a sum ("ein Milliardendeal" does not).
MONEY_SCALES = frozenset("mrd milliarden billion billions billionen bn".split())
# "Wie viel Prozent", "how many gigawatts": the unit right after "how much" is the unit asked for.
QUANTITY_UNITS: dict[str, frozenset[str]] = {
    "prozent*": frozenset({"percent"}),
    "percent*": frozenset({"percent"}),
    "gw": frozenset({"GW"}),
    "gigs": frozenset({"GW"}),
    "gigawatt*": frozenset({"GW"}),
    "mw": frozenset({"GW", "MW"}),  # "wie viele MW": power, told in megawatts whatever unit a fact has
    "megawatt*": frozenset({"GW", "MW"}),
    "acre*": frozenset({"acres"}),
    "hektar*": frozenset({"acres", "ha"}),
    "dollar*": frozenset({"USD", "CNY"}),
    "usd": frozenset({"USD", "CNY"}),
}
# "welches Land" is a country, whatever "wie viel Land" (acreage) means.
WHICH_NOUNS: dict[str, dict[str, float]] = {"land": {"location": 1.0}, "country": {"location": 1.0}}
# "what kind of agreement": skip the filler and read the noun.
KIND_WORDS = frozenset(
    "kind sort type art sorte typ form for fuer big large great major main new other established "
    "grosse grossen grosser etablierte etablierten andere anderen weitere weiteren neue neuen".split()
)

# "How much / how many / how big": the asker wants a figure.
QUANTITY_PHRASES = (
    ("wie", "viel"),
    ("wie", "viele"),
    ("wie", "vielen"),  # "mit wie vielen GPUs"
    ("wieviel",),
    ("wieviele",),
    ("how", "much"),
    ("how", "many"),
    ("how", "large"),
    ("how", "big"),
    ("wie", "gross"),
    ("wie", "hoch"),
    ("how", "high"),
    ("what", "amount"),
    ("um", "wie"),
    ("by", "how"),
)

# "How much" / "how big" with nothing after that says of what: the money, or the deal's size.
_MONEY = {"investment": 1.0}
_SIZE = {"investment": 1.0, "capacity": 1.0, "site_area": 0.8}
SIZE_ASKS: dict[tuple[str, ...], dict[str, float]] = {
    ("wie", "viel"): _MONEY,
    ("wieviel",): _MONEY,
    ("how", "much"): _MONEY,
    ("how", "big"): _SIZE,
    ("how", "large"): _SIZE,
    ("wie", "gross"): _SIZE,
}

# Words that ask for a figure even without "how much": "dollar value", "exact amount".
FIGURE_WORDS = (
    "dollar*",
    "usd",
    "wert",
    "worth",
    "value",
    "amount",
    "betrag",
    "summe",
    "zahl",
    "figure",
    "nummer",
    "number",
    "minimum",
    "mindest*",
    "maximum",
    "maximal*",
)
# A price per unit ("was kostet eine GPU", "cost per gigawatt") is never the deal's total.
PER_UNIT = ("pro", "per", "each", "every", "jedes", "je", "einzeln*", "stueck*", "single")
UNIT_ARTICLES = ("ein", "eine", "einen", "a", "an", "one")
COST_WORDS = (
    "kost*",
    "cost*",
    "preis*",
    "price*",
    "teuer",
    "expensive",
    "pay",
    "pays",
    "paying",
    "zahlt",
    "bezahl*",
    "gekostet",  # (a participle: "hat … gekostet")
    "gezahlt",
)

# "CEO of X", "Chef von X": the person must hold that title at X, not merely talk about X.
TITLE_WORDS = (
    "ceo",
    "chef*",
    "gruender*",
    "founder*",
    "praesident*",
    "president*",
    "vorsitz*",
    "chair*",
    "head",
    "boss",
    "leitet",
    "leiter*",
    "runs",
    "cto",
    "cfo",
    "fuehrt",
    "leads",
    "manager*",
)
# Words that ask how a figure is qualified ("a floor or a cap?", "garantiert oder höchstens?").
QUALIFIER_ASKS = frozenset(
    "floor cap ceiling limit upper lower maximum minimum max min guaranteed garantiert obergrenze "
    "untergrenze hoechstens mindestens hoechstgrenze deckel exact exakt genau precisely qualifier "
    "qualifiers".split()
)
# "genau wie viele": an exact figure asked; "Millionen von GPUs" tells none.
EXACT_ASKS = frozenset("genau exakt exact exactly precisely praezise".split())
# Titles that name the same post: "CFO of Borealis" is not answered by what the CEO said.
TITLE_GROUPS = (
    ("ceo", "chef", "chefin", "boss", "head", "leitet", "leiter", "runs", "fuehrt", "leads", "vorstandschef"),
    ("cfo", "finanzchef", "finanzvorstand"),
    ("cto", "technikchef"),
    ("coo",),
    ("praesident", "president"),
    ("vorsitzender", "vorsitz", "chairman", "chair"),
    ("gruender", "founder", "mitgruender", "cofounder"),
)
# Places too big to pin a figure on: a site's own figures need the site named ("Riverton").
COUNTRIES = frozenset("usa us america amerika vereinigte staaten united states".split())

# Short requests for a whole deal ("skyport?", "tell me about the acme deal").
OVERVIEW_WORDS = frozenset(
    "info infos information informationen ueberblick overview summary zusammenfassung details detail news "
    "neues neuigkeiten partnership partnerschaft project projekt vereinbarung agreement "
    "eli5 explain erklaer erklaere erklaeren tldr kurzfassung 5jaehrigen fuenfjaehrigen "
    # "tl;dr", "quick summary", "kurze Zusammenfassung", "fass … zusammen", "recap"
    "tl dr quick kurz kurze kurzer short brief summarize summarise summarized zusammenfassen fass fasse "
    "recap bullet bullets stichpunkte stichpunkten zusammen "
    # "acme x globex": the pair of the deal, joined as chat writes it
    "x "
    # "gib mir alle Zahlen zum Deal", "key figures", "Eckdaten": every figure of it
    "kennzahlen eckdaten figures numbers stats "
    # "what is Acme in one sentence", "in einem Satz"
    "sentence satz".split()
)

# Words asking for a summary of an article: an article nobody curated answers with its lead sentences.
# "was ist das Fazit des Artikels", "the author's conclusion": what an article's closing section says
CONCLUSION_WORDS = frozenset("fazit schlussfolgerung resuemee".split())
# ... and in English, of an article or its author only ("the conclusion of the deal" is its closing)
ARTICLE_CONCLUSION_WORDS = frozenset("conclusion conclusions".split())
SUMMARY_WORDS = frozenset(
    "summary summarize summarise zusammenfassung zusammenfassen kurzfassung tldr tl recap ueberblick "
    "overview".split()
)

# Interrogatives decide what must be answered: "wann" wants a time, whatever else the question names.
INTERROGATIVES: dict[str, dict[str, float]] = {
    "wann": {"timeline": 1.0},
    "when": {"timeline": 1.0},
    "wo": {"location": 1.0},
    "where": {"location": 1.0},
    "wohin": {"location": 1.0},
    "warum": {"rationale": 1.0, "risks": 0.7},
    "why": {"rationale": 1.0, "risks": 0.7},
    "wieso": {"rationale": 1.0, "risks": 0.7},
    "weshalb": {"rationale": 1.0, "risks": 0.7},
    "wozu": {"rationale": 1.0},
    "wem": {"partners": 1.0, "role": 0.6},
    "wer": {"people": 1.0, "role": 0.7, "partners": 0.6},
    "who": {"people": 1.0, "role": 0.7, "partners": 0.6},
    "whom": {"partners": 1.0, "role": 0.6},
}

# Places narrow nothing down on their own: a fact need not name "USA" to answer about the US.
PLACES = frozenset("usa us america amerika vereinigte staaten united states".split())

# "how many people / wie viele Menschen": head counts the articles give only as jobs.
PEOPLE_COUNTED = frozenset("people ppl persons leute menschen personen workers arbeiter".split())
COUNT_WORDS = frozenset("viele vielen wieviele many".split())
# A time told in words ("über die kommenden vier Jahre", "seit einem Jahrzehnt").
NUMBER_WORDS = frozenset(
    "zwei drei vier fuenf sechs sieben acht neun zehn zwoelf two three four five six seven eight nine ten "
    "twelve jahrzehnt jahrzehnte jahrzehnten decade decades".split()
)
# A quantity told in words ("Millionen von GPUs"): the articles' answer to "how many", if not a figure.
VAGUE_QUANTITIES = frozenset(
    "millionen millions tausende thousands hunderte hundreds dutzende dozens zehntausende".split()
)
# "how many years / wie viele Jahre": a duration, answered by the timeline.
TIME_COUNTED = frozenset("years year jahre jahren monate monaten months wochen weeks tage days".split())
# "the size of the investment / die Höhe der Investition": the magnitude of what follows is asked.
MAGNITUDE_WORDS = frozenset("size groesse hoehe umfang amount volume volumen scale ausmass".split())

# ---------------------------------------------------------------- groups the stages share
# Attributes about people: a question naming a person is answered by what is said of that person.
PERSONAL = frozenset({"people", "role"})
# A company named in these questions must be named by the fact itself ("how much does Sunbank invest"
# is not answered by Borealis's 500 Mrd. for the same project).
STRICT = frozenset({"investment", "market_reaction", "jobs", "role"})
SITE_STRICT = frozenset({"investment"})  # a site's own figure needs a fact naming the site
# Attributes whose answer is a figure; a timeline is often told in words ("over the next four years").
FIGURE_ATTRIBUTES = frozenset(ATTRIBUTE_UNITS) - {"timeline"}
INTERROGATIVE_WORDS = frozenset(
    "wann wo wie wer wem warum wozu wofuer when where how who whom why what".split()
)
BESIDES_WORDS = frozenset(
    "besides ausser neben except apart ausserhalb outside ohne without excluding".split()
)
ABOUT_WORDS = frozenset("ueber about on zu zum zur von of".split())
CONJUNCTIONS = frozenset("und and sowie plus".split())
WHEN_WORDS = frozenset("wann when date datum day tag".split())
# "by how much did the stock go up when the deal was announced": "when" opens a clause of the time the figure
# is of; how much is asked
_HOW_MUCH = (("how", "much"), ("how", "many"), ("wie", "viel"), ("wie", "viele"), ("wie", "stark"))


def when_clause(words: Sequence[str]) -> bool:
    """Does "when" open a clause after a "how much" (the time the figure is of, no time asked)? Not "wie
    viel und ab wann", "how much, and when will it start": a second ask."""
    at = next((i for i, w in enumerate(words) if w in WHEN_WORDS), 0)
    return (
        0 < at < len(words) - 1
        and words[at - 1] not in _ASKS_JOINED
        and words[at + 1] not in _ASKING_VERBS
        and any(pair in _HOW_MUCH for pair in pairwise([*words[:at], *words[at + 1 :]]))
    )


_ASKS_JOINED = frozenset("und and oder or ab seit bis since from until by".split())
_ASKING_VERBS = frozenset("is are was were did does do will would can could should has have".split())


# "today", "heute": the state now is asked; a fact told as a plan or an expectation does not give it.
NOW_WORDS = frozenset(
    "today heute currently aktuell derzeit momentan jetzt now zurzeit gegenwaertig presently present "
    "rn atm".split()  # chat: "right now", "at the moment"
)
# What is done so far, where a figure is asked ("how many jobs has Acme already created"); "is the deal
# already final" asks no state of a figure
_SO_FAR_WORDS = frozenset("already bereits bislang schon".split())
_SO_FAR_PAIRS = frozenset({("so", "far"), ("to", "date"), ("bis", "jetzt")})
_HOW_MANY = frozenset("many much viele viel wieviel wieviele".split())


_PARTICLES = frozenset("denn eigentlich mal halt eben".split())  # "wer ist denn jetzt eigentlich"


WEEKDAYS = frozenset(
    day.casefold() for lang in ("de", "en") for day in get_day_names("wide", locale=lang).values()
)
# The months by name, their umlauts folded as question words' are ("maerz": 3, "march": 3)
MONTHS: dict[str, int] = {
    name.casefold().replace("ä", "ae"): number_
    for lang in ("de", "en")
    for number_, name in get_month_names("wide", locale=lang).items()
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# A day a question states in full: "24.07.2025", "2025/07/24", "24. Juli 2025", "July 24, 2025"
_DAY_FORMS = (
    (re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b"), (3, 2, 1)),
    (re.compile(r"\b(\d{4})[/-](\d{1,2})[/-](\d{1,2})\b"), (1, 2, 3)),
    (re.compile(rf"\b(\d{{1,2}})\.?\s+({_MONTH_NAMES})\s+(\d{{4}})\b"), (3, 2, 1)),
    (re.compile(rf"\b({_MONTH_NAMES})\s+(\d{{1,2}}),?\s+(\d{{4}})\b"), (3, 1, 2)),
)


def stated_day(text: str) -> str | None:
    """The day a question states in full, as an ISO date ("2025-07-24"), or None."""
    said = text.casefold().replace("ä", "ae")
    for pattern, (y, m, d) in _DAY_FORMS:
        found = pattern.search(said)
        if found is None:
            continue
        month = found.group(m)
        number_ = MONTHS[month] if month in MONTHS else int(month)
        year, day = int(found.group(y)), int(found.group(d))
        if 1 <= number_ <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{number_:02d}-{day:02d}"
    return None


# a span counted in days, weeks or months ("eine Woche", "two days"; not "the day after", the news's own day)
_SPANS = frozenset("tage tagen woche wochen monat monate monaten days week weeks month months".split())
_AFTER_WORDS = frozenset("nach after later spaeter danach darauf".split())


def time_after(words: Sequence[str]) -> str:
    """ "eine Woche nach der Ankündigung", "two days later", "am Freitag": the word of a time after the news
    a question names, or ""."""
    for i, w in enumerate(words):
        if w in WEEKDAYS or (w in _SPANS and i + 1 < len(words) and words[i + 1] in _AFTER_WORDS):
            return w
    return ""


# A price on the exchange, asked: "close price", "price target", "Kursziel", "Schlusskurs"
_STOCK_PRICE_WORDS = frozenset(
    "kursziel kursziele schlusskurs aktienkurs boersenkurs eroeffnungskurs".split()
)
STOCK_PRICE_PAIRS = frozenset(
    {("close", "price"), ("closing", "price"), ("price", "target"), ("share", "price"), ("stock", "price")}
)


def asks_stock_price(words: Sequence[str]) -> bool:
    """ "ACME close price", "Kursziel für Acme": a price a stock closed at or is expected to reach."""
    return not _STOCK_PRICE_WORDS.isdisjoint(words) or any(p in STOCK_PRICE_PAIRS for p in pairwise(words))


def says_now(words: Sequence[str]) -> bool:
    """ "wie viele GPUs hat Acme heute", "at present": today's state ("present" only after "at", not
    "present the plan"); not "wer ist denn jetzt eigentlich …", where "jetzt" between particles only urges
    the question on; nor "wie viele Racks will Acme jetzt betreiben", a plan as it now stands (but "not
    planned, actually running" sets the plan aside)."""
    if any(w in PLAN_WORDS and not (i > 0 and words[i - 1] in _NOT_PLANNED) for i, w in enumerate(words)):
        return False
    so_far = not _SO_FAR_WORDS.isdisjoint(words) or any(p in _SO_FAR_PAIRS for p in pairwise(words))
    if so_far and not _HOW_MANY.isdisjoint(words):
        return True
    return any(
        w in NOW_WORDS
        and (w != "present" or (i > 0 and words[i - 1] == "at"))
        and not (i > 0 and words[i - 1] in _PARTICLES)
        and not (i + 1 < len(words) and words[i + 1] in _PARTICLES)
        for i, w in enumerate(words)
    )


# "wie viele waren es vorher", "previous guidance": the value a figure replaced is what is asked
EARLIER_WORDS = frozenset(
    "vorher bisher zuvor frueher fruehere frueheren frueherer frueheres ursprünglich urspruenglich anfangs "
    "vorjahr vorjahresquartal previously davor vorangegangene vorangegangenen vorherige vorherigen "
    "formerly before prior earlier originally initially previous ago".split()
)
_NOT_PLANNED = frozenset("not nicht kein keine".split())
PLAN_WORDS = frozenset(
    "will soll sollen sollte sollten wollen plant planen geplant wants plans planned expected erwartet "
    "intends intend intending planning".split()
)
# Words asking for a part of what is counted ("how many of the jobs are permanent", "wie viele feste
# Stellen"): a count of all of them is no answer, unless the evidence says the word too. (Not "direkt",
# which is "at once" as often.)
SUBSET_WORDS = frozenset(
    "permanent permanente permanenten dauerhaft dauerhafte dauerhaften feste festen festangestellte "
    "festangestellten fulltime vollzeit vollzeitstellen parttime teilzeit temporary temporaere befristet "
    "befristete befristeten direkte direkten indirect indirekte indirekten".split()
)
# Counts of the people who live somewhere: no count of jobs or staff gives one ("how many people live in …")
POPULATION_WORDS = frozenset(
    "einwohner bewohner einwohnerzahl bevoelkerung population residents inhabitants".split()
)


@lru_cache(maxsize=1 << 16)
def matches(word: str, patterns: tuple[str, ...] | frozenset[str]) -> bool:
    """Is `word` one of `patterns` (an entry ending in `*` matching every word it starts)?"""
    return any(word.startswith(p[:-1]) if p.endswith("*") else word == p for p in patterns)


_COUNT_AFTER = frozenset("count anzahl".split())  # "gpu count", "jobs anzahl": chat's "how many"
_NOT_COUNTED = frozenset("how what the a an wie die der das head body".split())


# English verbs whose particle changes their sense ("lock in" a price is securing it, not a lock-up): the
# one word a sentence's German says it by
_PHRASAL = {
    ("lock", "in"): "secure",
    ("locks", "in"): "secures",
    ("locked", "in"): "secured",
    # ... and idioms of a net figure: "unterm Strich", "bottom line"
    ("unterm", "strich"): "netto",
    ("unter", "strich"): "netto",
    ("unter", "dem", "strich"): "netto",
    ("bottom", "line"): "net",
    # ... and titles written out: "chief financial officer" is the CFO a German article calls
    # "Finanzvorständin"
    ("chief", "executive", "officer"): "ceo",
    ("chief", "executive"): "ceo",  # "Acme's chief executive"
    ("chief", "financial", "officer"): "cfo",
    ("chief", "technology", "officer"): "cto",
    ("chief", "operating", "officer"): "coo",
    # ... and bodies of a German company by their English names
    ("works", "council"): "betriebsrat",
    ("supervisory", "board"): "aufsichtsrat",
}


def counts_written_out(words: Sequence[str]) -> list[str]:
    """ "acme deal gpu count?", "job count": chat's count after its noun, written as "number of gpu"; an
    English verb with its particle as one word ("locked in": "secured")."""
    out = list(words)
    for size in (3, 2):
        for i in range(len(out) - size, -1, -1):
            one = _PHRASAL.get(tuple(out[i : i + size]))
            if one is not None:
                out[i : i + size] = [one]
    for i in range(len(out) - 1, 0, -1):
        if out[i] in _COUNT_AFTER and out[i - 1].isalpha() and out[i - 1] not in _NOT_COUNTED:
            out[i - 1 : i + 1] = ["number", "of", out[i - 1]]
    return out


# A public body named by its place: "die Stadt Łódź", "the city of Brno", "Kanton Tessin", "NSW government"
PUBLIC_BODIES = frozenset(
    "stadt gemeinde kommune land bundesland staat kanton provinz region bezirk landkreis regierung "
    "ministerium city town municipality council state province canton county government govt gov "
    "ministry".split()
)
