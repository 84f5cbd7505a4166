"""Courtesy frames around a question ("Could you confirm how many …", "Mich würde interessieren, wer …",
"… nach Ihrem Kenntnisstand …", "…, sofern dies beschrieben wird?"): the words of asking politely, which
say nothing of what is asked. Left in, they are words no article says ("confirm", "Kenntnisstand"), and a
question in them reads as a statement; taken off, the question is read as it is asked."""

from __future__ import annotations

import re
from collections.abc import Callable

# A request to be told, opening the message: what follows it is the question.
_REQUEST = re.compile(
    r"""^\s*(?:
      (?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+|be\s+so\s+kind\s+as\s+to\s+)?
          (?:confirm|tell\s+(?:me|us)|let\s+(?:me|us)\s+know|say|clarify|specify|indicate|state|explain
          |describe|provide(?:\s+(?:me|us)\s+with)?|name|give\s+(?:me|us)|list|outline|identify|quote)
    | i\s+(?:would|'d)\s+be\s+(?:very\s+|most\s+)?grateful\s+
          (?:for|if\s+you\s+could\s+(?:tell\s+(?:me|us)|confirm|state|provide|indicate|specify|name
          |give\s+(?:me|us)|describe|list))
    | i\s+(?:would|'d)\s+appreciate\s+(?:it\s+if\s+you\s+could\s+(?:tell\s+(?:me|us)|confirm|state
          |provide|indicate|name)|(?=the\s))
    | please\s+(?:state|provide|name|indicate|give\s+(?:me|us)|list|describe|specify|tell\s+(?:me|us))
    | for\s+(?:my|our)\s+(?:report|newsletter|article|note|piece|research|analysis)\s*,?\s*
          i\s+(?:need|require|would\s+need)
    | (?:do|does)\s+(?:you|anyone|anybody)\s+(?:happen\s+to\s+)?know
    | i(?:'d|\s+would)\s+(?:like|love|be\s+interested)\s+to\s+(?:know|learn|hear)
    | i\s+(?:am|'m)\s+(?:curious|wondering)|i\s+was\s+wondering|i\s+wonder
    | (?:please\s+)?(?:confirm|let\s+(?:me|us)\s+know)
    | (?:können|könnten|koennen|koennten|würden|wuerden|kannst|könntest|koenntest)\s+(?:sie|du)\s+
          (?:mir\s+|uns\s+)?(?:bitte\s+)?(?:kurz\s+)?
          (?:sagen|bestätigen|bestaetigen|mitteilen|verraten|erklären|erklaeren|erläutern|erlaeutern)
    | (?:können|könnten|koennen|koennten|würden|wuerden)\s+sie\s+(?:mir\s+|uns\s+)?(?:bitte\s+)?
          (?:nennen|angeben|beziffern|aufzählen|aufzaehlen|auflisten)
    | ich\s+bitte\s+(?:sie\s+)?(?:höflich\s+|hoeflich\s+|freundlich\s+)?um\s+(?:eine\s+|die\s+|kurze\s+)?
          (?:auskunft|angabe|mitteilung|nennung|bestätigung|bestaetigung|informationen|information
          |aufstellung|auflistung|erläuterung|erlaeuterung|beschreibung|darstellung|bezifferung)
          (?:\s+(?:darüber|darueber|dazu))?(?:\s*,|\s+(?:über|ueber|zu|zur|zum)(?=\s))?
    | ich\s+(?:möchte|moechte|würde|wuerde)\s+sie\s+(?:höflich\s+|hoeflich\s+|freundlich\s+)?
          (?:bitten|ersuchen)\s*,?\s*(?:mir\s+|uns\s+)?
          (?:mitzuteilen|zu\s+sagen|zu\s+nennen|zu\s+bestätigen|zu\s+bestaetigen|anzugeben|zu\s+erläutern
          |zu\s+erlaeutern|darzulegen)
    | (?:ich\s+)?(?:wäre|waere)\s+(?:ihnen|dir|euch)\s+(?:sehr\s+)?dankbar\s*,?\s*
          (?:für\s+|fuer\s+|wenn\s+sie\s+mir\s+(?:\S+\s+){0,2}?(?:mitteilen|sagen|nennen)\s+
          (?:könnten|koennten|würden|wuerden)\s*,?)
          (?:(?:die|eine)\s+(?:angabe|auskunft|mitteilung|nennung|information|bestätigung|bestaetigung)
          (?:\s+(?:darüber|darueber|dazu))?\s*,?)?
    | (?:wären|waeren|wärst|waerst)\s+(?:sie|du)\s+so\s+(?:freundlich|nett|gut)\s*,?\s*(?:mir\s+|uns\s+)?
          (?:mitzuteilen|zu\s+sagen|zu\s+nennen|anzugeben|zu\s+bestätigen|zu\s+bestaetigen)?
    | (?:für|fuer)\s+(?:meinen|meine|mein|unseren|unsere|unser|einen|eine|ein)\s+[\w-]+\s+
          (?:(?:benötige|benoetige|brauche|bräuchte|braeuchte)\s+ich|bitte\s+ich\s+um)
          (?:\s+(?:die|eine)\s+(?:angabe|auskunft|information|bestätigung|bestaetigung)\s*,)?
    | (?:für|fuer|for)\s+(?:einen|eine|ein|den|die|das|meinen|meine|mein|unseren|unsere|unser|my|our|a|an|the)
          \s+(?:[\w-]+\s+){0,4}[\w-]+(?=\s*:)
    | (?:(?:kurze\s+|eine\s+)?frage|quick\s+question|(?:kurzer\s+)?faktencheck)(?:\s+[\w-]+){0,3}(?=\s*:)
    | (?:bitte\s+)?(?:nennen|teilen)\s+sie\s+(?:mir|uns)\s+(?:bitte\s+)?(?:mit\s*,?)?
    | (?:mich|uns)\s+(?:würde|wuerde|würden|wuerden)\s+(?:sehr\s+|brennend\s+|noch\s+)?interessieren
    | (?:mich|uns)\s+interessiert(?:\s+(?:sehr|brennend|noch))?
    | ich\s+(?:würde|wuerde|möchte|moechte|hätte|haette)\s+(?:gerne?\s+)?(?:wissen|erfahren)
    | ich\s+frage\s+mich
    | (?:wissen|wüssten|wuessten)\s+sie(?:\s+zufällig|\s+zufaellig)?
    | wei(?:ß|ss)t\s+du(?:\s+zufällig|\s+zufaellig)?
    | (?:ist|wird)\s+(?:ihnen\s+|dir\s+|euch\s+)?(?:denn\s+|eigentlich\s+)?(?:bekannt|erwähnt|erwaehnt)
    )\s*[,:–—-]?\s*""",
    re.IGNORECASE | re.VERBOSE,
)
_ABOUT_END = re.compile(r"\b(?:über|ueber|zu|zum|zur)\s*$", re.IGNORECASE)  # "… um Auskunft zum"
# ... and the yes/no question such a request may open: asked as a claim to be checked
_WHETHER = re.compile(r"^(?:whether|if)\s+", re.IGNORECASE)
_OB = re.compile(r"^ob\s+", re.IGNORECASE)
# ... or the thing asked for, named alone ("Could you confirm the size of the site …")
_THING = re.compile(r"^(?:the|both)\s+", re.IGNORECASE)
_DAS_DING = re.compile(r"^(?:der|die|das|den|dem|des|eine|einen|einer|eines)\s+", re.IGNORECASE)
# ... and a German request whose verb closes it ("Könnten Sie mir bitte die Höhe … nennen?"): the thing
# (or a clause after it: "die Unternehmen nennen, die …")
_CLOSING_REQUEST = re.compile(
    r"\s+(?:nennen|mitteilen|sagen|angeben|bestätigen|bestaetigen|beziffern|erläutern|erlaeutern|aufzählen"
    r"|aufzaehlen|auflisten)(?:\s*[?.!]*\s*$|(?=,))",
    re.IGNORECASE,
)
# ... or whose verb follows the thing in the infinitive ("mir den Zeitpunkt zu nennen, zu dem …")
_TO_BE_TOLD = re.compile(
    r"\s+(?:zu\s+nennen|mitzuteilen|anzugeben|zu\s+sagen|zu\s+bestätigen|zu\s+bestaetigen|zu\s+beziffern)\b",
    re.IGNORECASE,
)
_OPENS_REQUEST = re.compile(
    r"^\s*(?:können|könnten|koennen|koennten|würden|wuerden)\s+sie\s+(?:mir\s+|uns\s+)?(?:bitte\s+)?(?=\S)",
    re.IGNORECASE,
)
# A request for the source closing the message ("Bitte mit Quellenangabe.", "Please cite the source."): how
# every answer is given, nothing asked
_SOURCE_REQUEST = re.compile(
    r"[.?!]?\s*(?:bitte\s+(?:mit|um)\s+(?:quellenangabe|angabe\s+der\s+quelle|quelle|zitat)"
    r"|(?:mit\s+)?quellenangabe,?\s+bitte|please\s+(?:cite|quote|name|give)\s+(?:the|your)\s+source"
    r"|please\s+include\s+(?:a|the)\s+source|(?:with\s+(?:a|the)\s+source|source),?\s+please)[.!]?\s*$",
    re.IGNORECASE,
)

# An aside anywhere in the question: whose knowledge, by whose leave
_ASIDE = re.compile(
    r"""(?:,\s*)?\b(?:
      nach\s+(?:ihrem|deinem|eurem|meinem|unserem)\s+(?:kenntnisstand|wissensstand|wissen)
    | (?:soweit|sofern)\s+(?:ihnen|dir|euch)\s+bekannt
    | wenn\s+ich\s+(?:so\s+)?fragen\s+darf
    | if\s+i\s+may\s+ask
    | to\s+(?:the\s+best\s+of\s+)?your\s+knowledge
    | as\s+far\s+as\s+you\s+(?:know|are\s+aware)
    | as\s+(?:stated|described|reported|given|mentioned)
        (?:\s+in\s+the\s+(?:coverage|reporting|articles?))?(?=\s*\?*\s*$)
    )\b(?:\s*,)?""",
    re.IGNORECASE | re.VERBOSE,
)
# Words of a source that say "according to the article", in the words the engine reads so ("nach Darstellung
# des Acme-Beitrags": "laut Acme-Artikel"; "in the coverage": "in the article")
_SOURCES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(
            r"\bnach\s+(?:der\s+)?(?:Darstellung|Angaben|Einschätzung|Einschaetzung|Erwartung|Lesart)\s+"
            r"(?:des|der|dieses|dieser)\s+(\S*?)(?:Beitrags|Artikels|Berichts|Artikel|Berichterstattung)\b",
            re.IGNORECASE,
        ),
        # (the article named too: "laut Acme-Artikel")
        lambda m: f"laut {m.group(1)}Artikel",
    ),
    (
        re.compile(r"\b(?:im|in\s+dem|in\s+diesem)\s+Beitrag\b|\bin\s+der\s+Berichterstattung\b", re.I),
        "laut Artikel",
    ),
    (
        re.compile(r"\baccording\s+to\s+the\s+(?:reporting|coverage)\b", re.IGNORECASE),
        "according to the article",
    ),
    (re.compile(r"\bin\s+the\s+(?:coverage|reporting)\s+(?:of|on)\b", re.IGNORECASE), "in the article on"),
)
# A condition closing the question that only allows the articles may not say it ("…, sofern dies
# beschrieben wird?", "…, if any?", "…, falls ein solcher genannt wird"): no part of what is asked
_IF_SAID = re.compile(
    r""",\s*(?:sofern|soweit|falls|wenn|if|where|insofar\s+as)\b
    (?=[^,?]*\b(?:dies|das|ein\s+solcher|eine\s+solche|ein\s+solches|überhaupt|ueberhaupt|any|so|
        erwähnt|erwaehnt|genannt|beschrieben|thematisiert|angegeben|berichtet|verwendet|vorhanden|
        stated|mentioned|given|reported|described|disclosed|available)\b)
    [^,?]*(?=\?*\s*$)""",
    re.IGNORECASE | re.VERBOSE,
)
# "Ich habe gelesen, dass … — wissen Sie, um wie viel …": what the asker read, a dash, a request and the
# question
_DASH = re.compile(r"\s+[–—-]\s+|;\s+")
_OPENS_QUESTION = re.compile(
    r"^(?:wer|wen|wem|wie|wieviel|wann|wo|was|welche[rsmn]?|um\s+wie|who|how|when|where|what|which)\b",
    re.IGNORECASE,
)
MIN_TOLD_WORDS = 5  # ... a lead-in of fewer words names what is asked ("Acme – wie viel GW?")
MIN_LEFT_WORDS = 3  # what is left must still be a question ("Could you confirm?" is left as it is)


def unframed(question: str) -> str:
    """The question without the courtesy around it; the question itself where it has none."""
    plain = _IF_SAID.sub("", _ASIDE.sub("", _SOURCE_REQUEST.sub("", question)))
    opens, closes = _OPENS_REQUEST.match(plain), _CLOSING_REQUEST.search(plain)
    if opens is not None and closes is not None and opens.end() < closes.start():
        # "Könnten Sie mir bitte die Höhe … nennen?"
        plain = plain[opens.end() : closes.start()] + plain[closes.end() :]
        plain = f"was ist {plain}?" if _DAS_DING.match(plain) else f"{plain}?"
    for source, said in _SOURCES:
        plain = source.sub(said, plain)
    for dash in _DASH.finditer(plain):
        after = plain[dash.end() :]
        request = _REQUEST.match(after)
        if request is None:
            continue  # ("… as a lump sum — what logic does it follow?": one question, read whole)
        rest = after[request.end() :]
        told = plain[: dash.start()].rstrip(" ,")
        # told, then asked: two sentences, as `told_then_asked` reads them
        if len(told.split()) >= MIN_TOLD_WORDS and _OPENS_QUESTION.match(rest):
            plain = f"{told}. {rest}"
            break
    request = _REQUEST.match(plain)
    if request is not None and request.end() < len(plain):
        rest = plain[request.end() :]
        if _WHETHER.match(rest):
            rest = f"is it true that {_WHETHER.sub('', rest)}"
        elif _OB.match(rest):
            rest = f"stimmt es, dass {_OB.sub('', rest)}"
        elif _THING.match(rest):
            rest = f"what is {rest}"
        elif _ABOUT_END.search(request.group(0)) and not _OPENS_QUESTION.match(rest):
            rest = f"was ist {rest}"  # "Ich bitte um Auskunft zum Stückpreis …": the price asked
        elif _DAS_DING.match(rest):
            # "Ich bitte um Angabe der Fläche …", "mir den Zeitpunkt zu nennen, zu dem …": the thing asked for
            rest = f"was ist {_TO_BE_TOLD.sub('', rest, count=1)}"
        plain = rest
    plain = re.sub(r"\s+([,?.!])", r"\1", re.sub(r"\s{2,}", " ", plain)).strip()
    return plain if len(plain.split()) >= MIN_LEFT_WORDS else question
