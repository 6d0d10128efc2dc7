"""Title before a name: ``the president Joe Biden`` becomes ``President Joe Biden``.

Machine translation often renders a formal title before a name with the
article and in lower case.  English news writes the title capitalised and
without the article when it directly precedes the name.  The titles are data
(``data/titles/titles.tsv``).

Rule ``titles.title_before_name`` fires only on ``the <title> <Name>`` where:

* the title is written in lower case (a capitalised ``the President Joe
  Biden`` is a different, rarer defect and is left alone);
* a capitalised personal name follows on the same line with one space:
  one or more capitalised words (lower-case particles may join them:
  ``Mohammed bin Salman``), the first not a day, month, pronoun or
  sentence-opening function word (``told the president Trump would ...``
  does happen, so a single-word name must be followed by punctuation, a
  possessive, a verb of saying or a preposition, not by another verb);
* no comma intervenes (``the president, Joe Biden,`` is correct apposition).

Not touched, by design: ``the president of France`` and ``the prime
minister's office`` (no name follows); ``former president Donald Trump`` and
``the late king Hussein`` (whether a title after *former*, *late*, *then* or
*ex-* is capitalised is a house-style choice: AP writes ``former President
Donald Trump``, the Guardian ``former president Donald Trump``; both are
left as written, and the article-less ``president Joe Biden`` too).

>>> from newsclean.document import Document
>>> from newsclean.edits import apply_edits
>>> t = "He will meet with the president Joe Biden on Monday."
>>> apply_edits(t, list(Titles().find_edits(Document(t))))
'He will meet with President Joe Biden on Monday.'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from types import MappingProxyType

import regex

from ..datafiles import load_tsv, load_words
from ..document import Document
from ..edits import Edit
from ..nameindex import is_place
from ..regex_trie import trie_alternation
from . import Step

# words that can follow a title capitalised without being a name
_NOT_NAME = frozenset(
    """The A An And But Or On In At For Of To From With By As If When While After Before Since
    He She It They We I You His Her Its Their Our This That These Those There Here Who What
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Mr Mrs Ms""".split()
)

_NAME_WORD = (
    r"(?!(?:"
    + "|".join(sorted(_NOT_NAME))
    + r")\b)(?:\p{Lu}[\p{L}'’\-]*+\.?|(?:al|el|bin|ibn|van|von|de|da|di|du|le)-?\p{Lu}[\p{L}'’\-]*+)"
)


#: lower-case particles inside a name ("Mohammed bin Salman", "Ursula von der Leyen")
_PARTICLES = r"(?:(?:bin|ibn|bint|abu|al|el|van|von|der|den|de|da|di|du|del|della|dos|das|la|le)\ )*+"


def _check(row) -> str | None:
    if row["title"] != row["title"].lower():
        return "title must be lower case"
    if row["capitalised"].lower().replace("-", " ") != row["title"].replace("-", " "):
        return "capitalised form must spell the title"
    if row["before"] not in ("name", "full name"):
        return "before must be 'name' or 'full name'"
    return None


@lru_cache(maxsize=1)
def _rows() -> tuple[Mapping[str, str], ...]:
    """The rows of data/titles/titles.tsv, checked (a title on two rows is refused), and a
    deputy of each minister the file names ("the deputy interior minister Ali Akbar ..."
    -> "Deputy Interior Minister Ali Akbar ..."), unless the file has that row itself.

    >>> forms = {row["title"]: row["capitalised"] for row in _rows()}
    >>> forms["deputy interior minister"], forms["deputy foreign minister"]
    ('Deputy Interior Minister', 'Deputy Foreign Minister')
    >>> "deputy prime minister" in forms, "deputy deputy prime minister" in forms
    (True, False)
    >>> forms["minister of economy"], forms["deputy minister of economy"]
    ('Economy Minister', 'Deputy Economy Minister')
    """
    rows = load_tsv("titles/titles.tsv", required=("title", "capitalised", "before"), check=_check, unique="title")
    titles = {row["title"] for row in rows}
    # "the minister of economy Mohammad Nidal al-Shaar" -> "Economy Minister ..." (probe18):
    # the portfolio after "of", as translations write it, for each "<portfolio> minister"
    portfolios = tuple(
        MappingProxyType({**row, "title": f"minister of {row['title'][: -len(' minister')]}"})
        for row in rows
        if row["title"].endswith(" minister")
        and not row["title"].startswith(("deputy ", "vice ", "first ", "prime ", "chief "))
        and " of " not in row["title"]
        and f"minister of {row['title'][: -len(' minister')]}" not in titles
    )
    # ... and the portfolios translations name in full ("the minister of foreign affairs X" ->
    # "Foreign Minister X", as AP and the probes' golds write it)
    by_title = {row["title"]: row for row in rows}
    aliases = tuple(
        MappingProxyType({**by_title[f"{short} minister"], "title": f"minister of {full}"})
        for full, short in _PORTFOLIO_ALIASES.items()
        if f"{short} minister" in by_title and f"minister of {full}" not in titles
    )
    portfolios = (*portfolios, *aliases)
    # ... and with the article French and Spanish put before the portfolio ("the minister of
    # the Interior Elisabeth Baume-Schneider", "the minister of the Economy Antoine Armand",
    # probe103)
    with_the = tuple(
        MappingProxyType({**row, "title": "minister of the " + row["title"][len("minister of ") :]})
        for row in portfolios
        if "minister of the " + row["title"][len("minister of ") :] not in titles
    )
    portfolios = (*portfolios, *with_the)
    rows = (*rows, *portfolios)
    titles |= {row["title"] for row in portfolios}
    deputies = tuple(
        MappingProxyType({**row, "title": f"deputy {row['title']}", "capitalised": f"Deputy {row['capitalised']}"})
        for row in rows
        if (row["title"].endswith(" minister") or row["title"].startswith("minister of "))
        and not row["title"].startswith(("deputy ", "vice ", "first "))
        and f"deputy {row['title']}" not in titles
    )
    return (*rows, *deputies)


#: "the minister of <portfolio in lower case> <Given> <Surname>" (:func:`_lower_portfolio_form`)
_LOWER_PORTFOLIO = regex.compile(
    r"(?<![\p{L}\-])(?P<the>[Tt]he\ )(?P<title>[Mm]inister\ of\ (?P<portfolio>\p{Ll}+(?:\ \p{Ll}+){0,4}?))\ "
    r"(?P<name>" + _NAME_WORD + r"(?:\ " + _PARTICLES + _NAME_WORD + r"){1,3})"
    r"(?=['’]s\b|\ \p{Ll}|[,.;:!?)\"”’])"
)
_PORTFOLIO_JOINERS = frozenset({"and", "of", "the"})


def _lower_portfolio_form(m: regex.Match[str]) -> str | None:
    """The title a "the minister of <portfolio> <Name>" match is written as ("Economic
    Development Minister"; "the minister for civil aviation Praful Patel" is the BBC's own
    style and is not read), when the portfolio is dictionary words in lower case (joined by "and", "of",
    "the"; a list with commas is no match), no rank ("minister of state"), and a person's full name follows; else
    None.

    >>> m = _LOWER_PORTFOLIO.search("The minister of economic development Maxim Reshetnikov said so.")
    >>> _lower_portfolio_form(m)
    'Economic Development Minister'
    >>> _LOWER_PORTFOLIO.search("He met the minister for education Norma Foley.") is None
    True
    >>> _lower_portfolio_form(_LOWER_PORTFOLIO.search("The minister of state Jane Doe said so.")) is None
    True
    """
    words = m.group("portfolio").split(" ")
    if words[0] == "the":
        words = words[1:]  # "the minister of the interior Carolina Tohá"
    if not words or words[-1] in _PORTFOLIO_JOINERS or words[0] in _PORTFOLIO_JOINERS:
        return None
    lower = load_words("titlecase/lower_case_words.txt")
    if any(w not in lower and w not in _PORTFOLIO_JOINERS for w in words) or words[0] in _NOT_PORTFOLIOS:
        return None
    if not _full_person_name(m.group("name")):
        return None
    title = " ".join(w if w in _PORTFOLIO_JOINERS else w.capitalize() for w in words)
    return f"{title} Minister"


#: ranks, not portfolios, after "minister of" (and articles)
_NOT_PORTFOLIOS = frozenset({"state", "a", "an"})
#: a portfolio as translations write it after "minister of", and its minister's title
_PORTFOLIO_ALIASES = {"foreign affairs": "foreign", "internal affairs": "interior", "home affairs": "home"}


def _qualifiers() -> list[str]:
    """The words that may stand between the article and the title, longest first."""
    return sorted(
        {*load_words("titlecase/always_capitalised.txt"), *_QUALIFIER_ACRONYMS, *_TERM_QUALIFIERS},
        key=len,
        reverse=True,
    )


@lru_cache(maxsize=1)
def _compiled() -> tuple[regex.Pattern[str], dict[str, str]]:
    rows = _rows()
    forms = {}
    alts = []
    for row in sorted(rows, key=lambda r: -len(r["title"])):
        key = row["title"].replace("-", " ")
        forms[key] = row["capitalised"]
        alts.append("".join(_units(row["title"])))
    # two portfolios of one minister ("the minister of water and irrigation Raed Haddadin",
    # probe51): "minister of <portfolio> and <portfolio>", first (_compound_form names it)
    portfolios = "|".join(
        "".join(_units(row["title"][len("minister of ") :]))
        for row in sorted(rows, key=lambda r: -len(r["title"]))
        if row["title"].startswith("minister of ") and " and " not in row["title"]
    )
    alts.insert(0, rf"[Mm]inister\ of\ (?:{portfolios})\ and\ (?:{portfolios})")
    # a country or demonym may stand between the article and the title ("the US president
    # Joe Biden", "the French foreign minister Catherine Colonna"): it stays, capitalised
    quals = _qualifiers()
    pattern = regex.compile(
        r"(?<![\p{L}\-])(?P<the>[Tt]he\ )(?:(?P<qual>" + "|".join(map(regex.escape, quals)) + r")\ )?"
        r"(?P<title>" + "|".join(alts) + r")\ "
        # a national title's country after it ("the minister of foreign affairs of Russia
        # Sergey Lavrov": "Russian Foreign Minister Sergey Lavrov"; probes 82, 83)
        r"(?:of\ (?:the\ )?(?P<country>"
        + "|".join(map(regex.escape, sorted(_country_adjectives(), key=len, reverse=True)))
        + r")\ )?"
        r"(?P<name>" + _NAME_WORD + r"(?:\ " + _PARTICLES + _NAME_WORD + r"){0,4})"
        r"(?P<after>['’]s\b|\ \p{Ll}|[,.;:!?)\"”’]|\s*\Z)"
    )
    return pattern, forms


def _compound_form(key: str, forms: Mapping[str, str]) -> str | None:
    """The capitalised form of a minister of two portfolios, in news order ("minister of
    water and irrigation" -> "Water and Irrigation Minister"), when each is a portfolio of
    titles.tsv; else None.

    >>> _compound_form("minister of water and irrigation", _compiled()[1])
    'Water and Irrigation Minister'
    """
    if not key.startswith("minister of ") or " and " not in key:
        return None
    parts = []
    for portfolio in key[len("minister of ") :].split(" and ", 1):
        form = forms.get(f"{portfolio} minister")
        if form is None or not form.endswith(" Minister"):
            return None
        parts.append(form[: -len(" Minister")])
    return f"{parts[0]} and {parts[1]} Minister"


@lru_cache(maxsize=1)
def _capitalised_titles() -> str:
    """Every title's capitalised form (titles.tsv's ``capitalised``), escaped, as one
    alternation, longest first (:func:`_style_patterns`, :func:`_comrade_pattern`)."""
    _, forms = _compiled()
    return "|".join(sorted((regex.escape(f) for f in set(forms.values())), key=len, reverse=True))


@lru_cache(maxsize=1)
def _style_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Evidence of a document's style of titles before names: a capitalised title before a
    name without an article ("former President Donald Trump", "Chancellor Gordon Brown"),
    and a lower-case one the British way ("The business secretary, Jonathan Reynolds",
    "the former home secretary James Cleverly")."""
    _, forms = _compiled()
    caps = _capitalised_titles()
    lows = "|".join(sorted((r"[\ \-]".join(map(regex.escape, k.split(" "))) for k in forms), key=len, reverse=True))
    capital = regex.compile(rf"(?<![Tt]he\ )(?<![\p{{L}}\-])(?:{caps})\ \p{{Lu}}\p{{Ll}}")
    lower = regex.compile(
        rf"(?<![\p{{L}}\-])(?:(?P<bare>(?:[Tt]he\ )?(?:[Ff]ormer|[Ss]hadow|[Tt]hen)\ (?:{lows})\ \p{{Lu}}\p{{Ll}})"
        rf"|[Tt]he\ (?:\p{{L}}+\ )?(?:{lows}),\ \p{{Lu}}\p{{Ll}}"
        # ... and after a country's or body's possessive ("Japan's prime minister, Fumio
        # Kishida", "South Korea's president, Yoon Suk Yeol": probe84), as AP never writes it
        rf"|\p{{Lu}}[\p{{L}}\-]*(?:\ \p{{Lu}}[\p{{L}}\-]*)?['’]s\ (?:{lows}),\ \p{{Lu}}\p{{Ll}})"
    )
    return capital, lower


def _lower_case_style(text: str) -> bool:
    """Whether the document writes titles before names in lower case, the British way, and
    never capitalised before a name: then "the chancellor Rachel Reeves" is its house style,
    not a calque (the machine-translation text this step is for capitalises its titles
    elsewhere: "former President Donald Trump").

    The evidence is a lower-case title before a name after "former", "shadow" or "then"
    ("the former home secretary James Cleverly"), or two titles in lower case before a name
    between commas ("The business secretary, Jonathan Reynolds, ... the chancellor, Rachel
    Reeves,"): one such appositive is every style's ("the company's chief executive, Jürgen
    Müller, said": AP's too, and a translation's that also writes "The chancellor Friedrich
    Merz said", probe15).

    >>> _lower_case_style("The business secretary, Jonathan Reynolds, agreed with the chancellor, Rachel Reeves.")
    True
    >>> _lower_case_style("The business secretary, Jonathan Reynolds, agreed.")
    False
    >>> _lower_case_style("The former home secretary James Cleverly replied.")
    True
    >>> _lower_case_style("The business secretary, Jonathan Reynolds, met President Joe Biden.")
    False
    >>> _lower_case_style("He met the president Joe Biden.")
    False
    >>> _lower_case_style("Japan's prime minister, Fumio Kishida, met China's foreign minister, Wang Yi.")
    True
    """
    capital, lower = _style_patterns()
    appositives = 0
    for m in lower.finditer(text):
        appositives += 2 if m.group("bare") else 1
        if appositives >= 2:
            return capital.search(text) is None
    return False


@lru_cache(maxsize=1)
def _full_name_titles() -> frozenset[str]:
    """The titles (words joined by spaces) that are also everyday words ("general",
    "judge"): read as titles only before a name of two or more words.

    >>> "general" in _full_name_titles(), "president" in _full_name_titles()
    (True, False)
    """
    return frozenset(row["title"].replace("-", " ") for row in _rows() if row["before"] == "full name")


@lru_cache(maxsize=1)
def _hyphen_slots() -> dict[str, frozenset[int]]:
    """For each title (its words joined by spaces), the gaps between its words where some
    row writes a hyphen, in its title or its capitalised form ("vice-president",
    "Secretary-General", "Prime Minister-designate").

    >>> _hyphen_slots()["secretary general"], _hyphen_slots()["prime minister"]
    (frozenset({0}), frozenset())
    >>> _hyphen_slots()["first vice president"]
    frozenset({1})
    """
    slots: dict[str, set[int]] = {}
    for row in _rows():
        key = row["title"].replace("-", " ")
        found = slots.setdefault(key, set())
        for written in (row["title"], row["capitalised"]):
            found.update(i for i, sep in enumerate(regex.findall(r"[ \-]", written)) if sep == "-")
    # a title ending in another title has that title's hyphens too ("first vice-president":
    # "vice-president", probe118)
    own = {k: frozenset(v) for k, v in slots.items()}
    for key, found in slots.items():
        words = key.split(" ")
        for k in range(1, len(words) - 1):
            found.update(k + i for i in own.get(" ".join(words[k:]), ()))
    return {k: frozenset(v) for k, v in slots.items()}


def _units(title: str) -> list[str]:
    """A title's pattern units, for :func:`_compiled` and :func:`_candidates`: its characters
    escaped, a space or hyphen for either, and each word's first letter in either case ("The
    Ukrainian President Volodymyr Zelensky": the capitalised title after "The" is the same
    calque)."""
    units = []
    for i, c in enumerate(title):
        if c in " -":
            units.append(r"[\ \-]")
        elif c.isalpha() and c.islower() and (i == 0 or title[i - 1] in " -"):
            units.append(f"[{c.upper()}{c}]")
        else:
            units.append(re.escape(c))
    return units


@lru_cache(maxsize=1)
def _candidates() -> re.Pattern[str]:
    """The start of :func:`_compiled`'s pattern (article, qualifier, title, space), in the
    standard engine: several times faster over the text than the whole pattern, whose
    leading look-behind is tried at every position.  Where it finds nothing the whole
    pattern cannot match.

    The qualifiers and the titles are each one alternation factored on their common
    leading characters (:func:`_trie`): the same strings match as with the plain
    alternations, and the engine tests a few branches where "he " stands instead of
    every qualifier."""
    rows = _rows()
    # (the words of a title are joined by a space or a hyphen, as in _compiled)
    titles = trie_alternation([(_units(row["title"]), r"\ ") for row in rows])
    quals = trie_alternation([([re.escape(c) for c in q], r"\ ") for q in _qualifiers()])
    # led by the literal "he " (the engine skips to a literal fast; a leading [Tt] stops
    # at every t): a candidate starts one character before its match
    return re.compile(rf"he\ (?<=[Tt]he\ )(?:{quals})?{titles}")


def _full_person_name(name: str) -> bool:
    """Two name words or more, the last no word dictionaries know only in lower case
    ("Volodymyr Zelensky", "Xi Jinping"; not "Fahd Causeway", "Motors").

    >>> _full_person_name("Volodymyr Zelensky"), _full_person_name("Fahd Causeway"), _full_person_name("Motors")
    (True, False, False)
    """
    words = name.replace("’", "'").split(" ")
    if len(words) < 2 or any(w.endswith(".") and len(w) > 2 for w in words):
        return False  # (a full stop after a word of more than an initial ends a sentence: "the General Election. Liberal ...")
    lower = load_words("titlecase/lower_case_words.txt")
    last = regex.sub(r"'s$", "", words[-1])
    return last.lower() not in lower


#: titles that do stand before a name as part of it ("the president Sheikh Mohamed bin Zayed")
_HONORIFICS = frozenset(
    "sheikh prince princess crown king queen emperor pope cardinal ayatollah archbishop general senator".split()
)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The first words of the titles (lower case) that never start a name (President,
    Prime, Minister), so "the president President Joe Biden" is not read as a title
    before a name; honorifics are left out."""
    return frozenset(key.split(" ", 1)[0] for key in _compiled()[1]) - _HONORIFICS


#: nouns a title and name modify as one ("the president Joe Biden administration"): the
#: article belongs to the noun, so the phrase is left alone
_NAME_AS_MODIFIER = regex.compile(
    r"\ (?:administration|government|cabinet|campaign|presidency|era|regime|camp|team|family|foundation"
    r"|doctrine|years)\b"
)
_QUALIFIER_ACRONYMS = ("US", "U.S.", "UK", "U.K.", "EU", "E.U.", "UN", "U.N.", "NATO", "IMF", "WHO", "IAEA", "OPEC")
#: the adjectives of a term of office, before a title AP capitalises ("interim President Ahmad
#: al-Sharaa", "acting Prime Minister ..."; probe26): they stay in lower case
_TERM_QUALIFIERS = ("interim", "acting", "outgoing", "incoming", "caretaker")
_SINGLE_OK = regex.compile(r"['’]s|[,.;:!?)\"”’]|\s*\Z")
# what may follow a one-word name after a title: a verb of saying ...
_SAYS_OR_PREPOSITION = regex.compile(
    r"\ (?:said|says|told|added|announced|insisted|warned|stressed"
    # ... or a preposition: "met the pope Francis on Sunday" (a clause's subject is
    # followed by its verb: "told the president Trump would ...")
    r"|on|in|at|during|for|with|from|after|before|last|this|next)\b"
)


#: a capitalised office and "of" right before "the <title> <Name>": the name is that
#: office's holder, not the title's ("the Commissioner of the King Emile Roemer", probe109)
_OFFICE_OF_BEFORE = regex.compile(r"(?<![\p{L}\-])\p{Lu}\p{Ll}{2,}\ of\ \Z")

#: "the president of the Republic" before a person's name ("... of the Republic of Korea" is a country)
_OF_THE_REPUBLIC = regex.compile(
    r"(?<![\p{L}\-])[Tt]he\ (?P<title>president\ of\ the\ Republic)\ "
    r"(?P<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:\ \p{Lu}[\p{L}\p{M}'’.\-]+){1,3})(?![\p{L}\p{M}])"
)

#: Latin America's countries and peoples: where a translation writes "the chancellor" for
#: "el canciller"/"o chanceler", the foreign minister (a closed set)
_LATIN_AMERICA = regex.compile(
    r"\b(?:Argentin(?:a|e|ian)|Bolivia|Brazil|Chile|Colombia|Costa\ Rica|Cuba|Dominican\ Republic|Ecuador"
    r"|El\ Salvador|Guatemala|Honduras|Mexic(?:o|an)|Nicaragua|Panama|Paraguay|Peru|Uruguay|Venezuela"
    r"|Itamaraty|Bogotá|Bogota|Buenos\ Aires|Brasília|Brasilia|Caracas|Lima|Santiago|Quito|Montevideo)n?s?\b"
)
#: ... and the countries whose chancellor heads the government (or the treasury, or a university)
_CHANCELLOR_COUNTRIES = regex.compile(r"\b(?:German|Austria|Exchequer|Britain|British|UK|universit)")


def _canciller(text: str) -> bool:
    """Whether "the chancellor" of ``text`` is a translation's false friend for a Latin
    American foreign minister: the text names Latin America and no country whose
    chancellor heads the government or the treasury.

    >>> _canciller("The chancellor Rosa Villavicencio said in Bogotá that Colombia would act.")
    True
    >>> _canciller("The chancellor Olaf Scholz met Brazil's president in Berlin, Germany.")
    False
    """
    return _LATIN_AMERICA.search(text) is not None and _CHANCELLOR_COUNTRIES.search(text) is None


class Titles(Step):
    """Capitalise a title directly before a name and drop its article.

    >>> Titles().name
    'titles'
    """

    name = "titles"

    @staticmethod
    def _matches(pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
        """``pattern.finditer(text)``, tried only where :func:`_candidates` finds a start
        (every start, overlapping ones too, so no match is missed)."""
        return _scan(_candidates(), pattern, text)

    def find_edits(self, doc: Document) -> Iterator[Edit]:
        edits = list(self._title_edits(doc))
        if edits and _discusses_case(doc.text):
            return  # a text about how titles are written: its examples are its subject (probe121)
        yield from edits

    def _title_edits(self, doc: Document) -> Iterator[Edit]:
        text = doc.text
        if "comrade " in text:
            for m in _comrade_pattern().finditer(text):
                # "General Secretary comrade To Lam" -> "General Secretary To Lam": the
                # Vietnamese and Lao "đồng chí" between a title and a name (probe27)
                yield self.edit(
                    m.start("comrade"),
                    m.end("comrade"),
                    "",
                    "title_before_name",
                    "'comrade' between a title and a name",
                )
        if "he " not in text:
            return
        if "of the Republic " in text:
            for m in _OF_THE_REPUBLIC.finditer(text):
                # "the president of the Republic Alassane Ouattara" -> "President Alassane
                # Ouattara": French and Italian news's full title of a head of state (probe103)
                if _full_person_name(m.group("name")):
                    yield self.edit(
                        m.start(),
                        m.end("title"),
                        "President",
                        "title_before_name",
                        "'the president of the Republic' before a name",
                    )
        pattern, forms = _compiled()
        lower_style = None  # read at the first match: most texts have none
        taken: list[int] = []  # where each title of an edit ends
        for m in self._matches(pattern, text):
            if lower_style is None:
                lower_style = _lower_case_style(text)
            if lower_style:
                return  # British style: "the home secretary Yvette Cooper" is the house style
            name = m.group("name")
            first = name.split(" ", 1)[0]
            if first.lower() in _title_words():  # (_NAME_WORD already refuses _NOT_NAME words)
                continue  # a title is not a name: "the president President Joe Biden" stays
            key = m.group("title").lower().replace("-", " ")
            if m.group("title")[0].isupper() and (
                not _full_person_name(name) or any(w in _NOT_SURNAME for w in name.split(" "))
            ):
                # a capitalised title after "The" names a thing as often ("the General
                # Motors plant", "the King Fahd Causeway", "the Queen Mary"): only before a
                # person's full name (_full_person_name), with no word of an organisation's
                # or a place's ("for the General City Hall", probe39)
                continue
            if " " not in name and key in _full_name_titles():
                continue  # "the general Assembly on Monday": an everyday word, not a title
            if (
                " " not in name
                and not _SINGLE_OK.match(m.group("after"))
                and not _SAYS_OR_PREPOSITION.match(text, m.end("name"))
            ):
                # "told the president Trump would ...": a one-word name needs
                # punctuation, a possessive, a verb of saying or a preposition after it
                continue
            if not name.endswith(("'s", "’s")) and _NAME_AS_MODIFIER.match(text, m.end("name")):
                continue  # "the president Joe Biden administration": "the" goes with "administration"
            if (
                key in _ADJECTIVE_TITLES
                and not _SINGLE_OK.match(m.group("after"))
                and not _SAYS_OR_PREPOSITION.match(text, m.end("name"))
                and not (
                    " " in name
                    and _VERB_AFTER_NAME.match(text, m.end("name"))
                    and first.lower() not in load_words("titlecase/lower_case_words.txt")
                )
            ):
                continue  # "Monaco is the premier Formula One race": an adjective before a name
            if _OFFICE_OF_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "the Commissioner of the King Emile Roemer": the name is the commissioner's (probe109)
            if key == "chancellor" and _canciller(text):
                continue  # Latin America's "canciller" is the foreign minister: a false friend (probe96)
            if _after_a_role(text, m.start()):
                continue  # "the press secretary of the Russian president Dmitry Peskov" (probe69)
            if _RELATIVE_GAP.match(text, m.end("name")):
                continue  # "the ambassador Donald Trump nominated to Canada": whom the name chose
            if _CLAUSE_VERB_AFTER.match(text, m.end("name")) and _TOLD_BEFORE.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue  # "Aides told the president Nikki Haley was not a threat"
            form = forms.get(key) or _compound_form(key, forms)
            if form is None:
                continue
            qual = m.group("qual")
            country = m.group("country")
            if country and qual:
                continue  # "the acting minister of defence of Russia X": left as written
            if country and _doubtful_name_after_place(text, name.split(" "), m.end("name")):
                continue  # "the president of France Télévisions Delphine Ernotte"
            if qual and qual[0].islower() and m.group("the")[0] == "T":
                qual = qual[0].upper() + qual[1:]  # "The acting prime minister X": "Acting Prime Minister X"
            cap = _capitalised(m.group("title"), form)
            taken.append(m.end("title"))
            start = m.start("the")
            if text[max(0, start - 4) : start].lower() == "the " and (start < 5 or not text[start - 5].isalnum()):
                start -= 4  # "the the president Joe": the doubled article goes too (one round)
            yield self.edit(
                start,
                m.end("country") if country else m.end("title"),
                f"{qual} {cap}" if qual else f"{_country_adjectives()[country]} {cap}" if country else cap,
                "title_before_name",
                f"title before the name {name!r} is capitalised, without an article",
            )
        if "inister " in text:
            for m in _LOWER_PORTFOLIO.finditer(text):
                if m.end("title") in taken:
                    continue
                form = _lower_portfolio_form(m)
                if form is None:
                    continue
                if lower_style is None:
                    lower_style = _lower_case_style(text)
                if lower_style:
                    return
                if _after_a_role(text, m.start()) or _RELATIVE_GAP.match(text, m.end("name")):
                    continue
                taken.append(m.end("title"))
                # "the minister of economic development Maxim Reshetnikov" -> "Economic
                # Development Minister Maxim Reshetnikov" (probes 82-85): a portfolio of
                # dictionary words in lower case, however the data names it
                yield self.edit(
                    m.start("the"),
                    m.end("title"),
                    form,
                    "title_before_name",
                    f"the minister's portfolio before the name {m.group('name')!r}, capitalised, without an article",
                )
        if " of " in text:
            starts = _candidate_starts(_any_of_candidates(), text)  # one scan for both readings
            for m in _scan_at(_head_pattern(), text, starts):
                if lower_style is None:
                    lower_style = _lower_case_style(text)
                if lower_style:
                    return
                split = _split_head_run(m)
                if split is None or _after_a_role(text, m.start()):
                    continue  # ("The special envoy of the secretary-general of the United Nations ...", probe98)
                org, name = split
                title = m.group("title").lower()
                form = _org_heads()[title if title in _org_heads() else title.replace("-", " ")]
                if _bare_place(org):
                    place_form = _place_head_form(org, title, form)
                    if place_form is None:
                        continue
                    org = place_form
                taken.append(m.end("title"))
                # "The chairman of the Giresun Commodity Exchange Hüseyin Çakıroğlu" ->
                # "Giresun Commodity Exchange Chairman Hüseyin Çakıroğlu" (probe37 and older)
                yield self.edit(
                    m.start("the"),
                    m.end("run") - len(name),
                    f"{org} {form} ",
                    "title_before_name",
                    f"'the {title} of {org} {name}': the organisation, then the title, before the name",
                )
            for m in _scan_at(_of_pattern(), text, starts):
                if lower_style is None:
                    lower_style = _lower_case_style(text)
                if lower_style:
                    return
                if m.end("title") in taken or _after_a_role(text, m.start()):
                    continue  # ("the deputy special envoy of the president of the United States John Coale", probe85)
                title = m.group("title")
                key = title.lower().replace("-", " ")
                portfolio = _portfolio(m) if key == "minister" else None
                surname = _of_surname(text, m)
                if surname is None:
                    # a minister's portfolio of dictionary words before a person's full name
                    # ("the Minister of Environmental Protection and Agriculture Davit
                    # Beridze", probe31): the name needs no second mention
                    if portfolio is None or not _person_after_portfolio(m):
                        continue
                    surname = m.group("run").rsplit(" ", 1)[-1]
                reason = (
                    f"title before 'of {m.group('run')}' is capitalised, without an article: "
                    f"{surname!r} is a person named alone elsewhere in the text"
                )
                if portfolio is not None:
                    # "the Minister of Energy and Natural Resources Alparslan Bayraktar" ->
                    # "Energy and Natural Resources Minister Alparslan Bayraktar" (probe27,
                    # probe30: as "the minister of energy X" -> "Energy Minister X")
                    yield self.edit(
                        m.start("the"),
                        m.start("run") + len(portfolio),
                        f"{portfolio} {_OF_MINISTER}",
                        "title_before_name",
                        reason,
                    )
                    continue
                yield self.edit(
                    m.start("the"),
                    m.end("title"),
                    _capitalised(title, forms.get(key, _OF_MINISTER)),
                    "title_before_name",
                    reason,
                )


#: after "the <title> <Name>", a verb that takes an object, with none after it: the name is
#: the subject of a relative clause about the title's holder ("the ambassador Donald Trump
#: nominated to Canada", "the judge Barack Obama appointed in 2010"), not the title's holder
#: ("the president Joe Biden appointed a new envoy" has its object)
_RELATIVE_GAP = regex.compile(
    r"\ (?:(?:once|most|later|never|always|often|first|long|also|then|reportedly|had|has|have)\ )?"
    r"(?:nominated|appointed|named|picked|chose|chosen|selected|tapped|hired|fired|sacked|mocked|endorsed"
    r"|backed|pardoned|defeated|replaced|ousted|dismissed|praised|critici[sz]ed|blamed|attacked|invited|sued"
    r"|beat|interviewed|promoted|recommended|installed|sent|trusted|admired|succeeded|relied|respected|feared"
    r"|hated|loved|liked|wanted|fell|depended|leaned)"
    r"(?=[,.;:!?)]|\ (?:to|as|for|in|on|at|out|upon|most|last|this|after|before|over|with|during|when|because|and|but|has|had|have|is|was|were|will|would)\b)"
)
#: a person's role before "of the <title> <Name>": the name may be the role's holder ("the
#: press secretary of the Russian president Dmitry Peskov", probe69) as well as the title's
#: ("an adviser to the president Joe Biden"), so the phrase is left as written
_ROLE_BEFORE = regex.compile(
    r"(?<![\p{L}\-])(?:secretary|spokes(?:man|woman|person)|advis[eo]r|aide|assistant|wife|husband|son|daughter"
    r"|widow|envoy|representative|deputy|chief\ of\ staff|bodyguard|lawyer|interpreter)\ (?:of|for|to)\ \Z"
)


def _after_a_role(text: str, start: int) -> bool:
    """Whether a role and "of"/"for"/"to" stand right before ``start`` (:data:`_ROLE_BEFORE`):
    the name after the title is the role's holder ("the press secretary of the Russian
    president Dmitry Peskov"), not the title's."""
    return _ROLE_BEFORE.search(text, max(0, start - 40), start) is not None


#: titles that are also adjectives: before a name they need what a one-word name needs after it,
#: or a full name whose first word is no dictionary word, and a verb ("The premier Li Qiang
#: ordered", probe18; not "the premier Grand Prix was cancelled")
_ADJECTIVE_TITLES = frozenset({"premier"})
_VERB_AFTER_NAME = regex.compile(
    r"\ (?:\p{Ll}{2,}ed|would|could|was|were|is|are|had|has|have|will|did|does|may|might|must|should|can)\b"
)
#: "Aides told the president Nikki Haley was not a threat": after a verb of telling, "the
#: <title>" is its object and the name starts the clause told (a verb follows the name)
_TOLD_BEFORE = regex.compile(
    r"(?:told|warned|assured|reminded|convinced|persuaded|advised|promised|informed|notified|briefed|showed)\ \Z"
)
_CLAUSE_VERB_AFTER = regex.compile(
    r"\ (?:would|could|was|were|is|are|had|has|have|will|should|might|must|can|did|does|may)\b"
)


#: words of a text that discusses capital letters ("We write “the prime minister” in lower
#: case", "our capital letters"; not "capitalised": a bank is well capitalised): asked only
#: when the step has edits
_CASE_TALK = regex.compile(r"(?i)\b(?:lower[\ \-]case|upper[\ \-]case|capital\ letters?|small\ letters?)\b")


def _discusses_case(text: str) -> bool:
    """Whether ``text`` talks about capital letters (then the titles step changes nothing).

    >>> _discusses_case("Our style guide prefers lower case for job titles."), _discusses_case("The president spoke.")
    (True, False)
    """
    return _CASE_TALK.search(text) is not None


def _capitalised(title: str, form: str) -> str:
    """The data's capitals ("Secretary of State", "President-elect") with the writer's
    hyphenation (secretary-general / vice president), where a style writes it: a hyphen no
    row writes there is a calque ("prime-minister": Prime Minister).

    >>> _capitalised("prime-minister", "Prime Minister"), _capitalised("secretary-general", "Secretary-General")
    ('Prime Minister', 'Secretary-General')
    """
    form_words = regex.split(r"[ \-]", form)
    parts = regex.split(r"([ \-])", title)
    if len(form_words) != (len(parts) + 1) // 2:
        return form  # the words put in another order ("minister of economy": "Economy Minister")
    words = iter(form_words)
    hyphens = _hyphen_slots().get(title.lower().replace("-", " "), frozenset())
    return "".join(
        (p if p == " " or i // 2 in hyphens else " ") if p in " -" else next(words) for i, p in enumerate(parts)
    )


#: the last word of a capitalised run that names an organisation or a place, not a person
#: ("the president of the European Central Bank", "the governor of Kherson Region")
_NOT_SURNAME = frozenset(
    """Commission Committee Council Bank Fund Board Union Organization Organisation Agency Authority
    Ministry Department Office Service Services Party Group Court Assembly Parliament Congress Senate
    Republic Kingdom States Emirates Nations Federation Forces Army Navy Company Corporation Club
    University Institute Association League Region Province State City County District Territory
    Oblast Krai Governorate Centre Center Foundation Movement Front Alliance Coalition""".split()
)


def _of_titles() -> set[str]:
    """The titles before "of <organisation or place>": those of titles.tsv and "minister", the
    head of every "minister of <portfolio>" (its capitalised form: :data:`_OF_MINISTER`)."""
    return {row["title"] for row in _rows()} | {"minister"}


_OF_MINISTER = "Minister"


@lru_cache(maxsize=1)
def _of_pattern() -> regex.Pattern[str]:
    """``the <title> of [the] <capitalised run>``: a title of titles.tsv (or "minister", the
    head of every "minister of <portfolio>") before the organisation or place it heads, and
    a run of capitalised words after it, joined by "and", "of", "for" or a name particle
    ("the minister of Hajj and Umrah Tawfiq Al-Rabiah"), ending where a lower-case word,
    punctuation or the line's end follows."""
    return _title_of_pattern(_of_titles(), "and|of|for|the|bin|ibn|al|el|van|von|der|de|da|di|du|la|le")


def _title_of_pattern(titles: Iterable[str], joiners: str) -> regex.Pattern[str]:
    """``the <title> of [the] <capitalised run>`` for ``titles``, the run's words joined by
    one of ``joiners`` (an alternation of words) or none."""
    # (each word's first letter in either case: "The Minister of Energy and Natural Resources
    # Alparslan Bayraktar", probe27, as _units writes the titles of _compiled)
    alts = "|".join("".join(_units(t)) for t in sorted(titles, key=len, reverse=True))
    word = r"\p{Lu}[\p{L}\p{M}'’\-]*+"
    joiner = rf"(?:(?:{joiners})\ )?"
    return regex.compile(
        rf"(?<![\p{{L}}\-])(?P<the>[Tt]he\ )(?P<title>{alts})\ of\ (?:the\ )?"
        rf"(?P<run>{word}(?:\ {joiner}{word}){{2,}})(?=['’]s\b|\ \p{{Ll}}|[,.;:!?)\"”’]|\s*\Z)"
    )


def _title_of_candidates(titles: Iterable[str]) -> re.Pattern[str]:
    """The start of :func:`_title_of_pattern` for ``titles`` ("the", a title, "of"), in the
    standard engine led by the literal "he " (as :func:`_candidates`): where it finds
    nothing the whole pattern, whose leading look-behind is tried at every position, cannot
    match."""
    alts = trie_alternation([(_units(t), r"\ of\ ") for t in sorted(titles)])
    return re.compile(rf"he\ (?<=[Tt]he\ ){alts}")


@lru_cache(maxsize=1)
def _of_candidates() -> re.Pattern[str]:
    """The start of :func:`_of_pattern` (:func:`_title_of_candidates`)."""
    return _title_of_candidates(_of_titles())


def _of_matches(text: str) -> Iterator[regex.Match[str]]:
    """``_of_pattern().finditer(text)``, tried only where :func:`_of_candidates` finds a start."""
    return _scan(_of_candidates(), _of_pattern(), text)


def _scan(cands: re.Pattern[str], pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, tried only where ``cands`` (led by "he ") finds a start:
    every start, overlapping ones too, so no match is missed."""
    return _scan_at(pattern, text, _candidate_starts(cands, text))


def _check_head(row: Mapping[str, str]) -> str | None:
    if row["title"] != row["title"].lower():
        return "title must be lower case"
    if row["form"].lower() != row["title"]:
        return "form must spell the title"
    return None


@lru_cache(maxsize=1)
def _org_heads() -> Mapping[str, str]:
    """data/titles/org_heads.tsv: each head's title (lower case) and the form written before
    the name ("Chairman", "spokesman")."""
    rows = load_tsv("titles/org_heads.tsv", required=("title", "form", "source"), check=_check_head, unique="title")
    return MappingProxyType({row["title"]: row["form"] for row in rows})


@lru_cache(maxsize=1)
def _head_pattern() -> regex.Pattern[str]:
    """``the <head> of [the] <capitalised run>`` for the titles of org_heads.tsv: the run of
    :func:`_of_pattern` (capitalised words joined by "and", "of", "for" or a particle)."""
    return _title_of_pattern(_org_heads(), "and|of|for|the|de|del|la|le")


@lru_cache(maxsize=1)
def _any_of_candidates() -> re.Pattern[str]:
    """The start of :func:`_of_pattern` or :func:`_head_pattern` (the titles of both), for
    one scan of a text that both readings are tried at."""
    return _title_of_candidates(_of_titles() | set(_org_heads()))


def _candidate_starts(cands: re.Pattern[str], text: str) -> list[int]:
    """Every start ``cands`` (led by "he ") finds, overlapping ones too: the T or t before."""
    out = []
    pos = 0
    while (c := cands.search(text, pos)) is not None:
        out.append(c.start() - 1)
        pos = c.start() + 1
    return out


def _scan_at(pattern: regex.Pattern[str], text: str, starts: list[int]) -> Iterator[regex.Match[str]]:
    """``pattern``'s matches at ``starts``, none inside the one before (as :func:`_scan`)."""
    end = 0
    for start in starts:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            end = m.end()


@lru_cache(maxsize=1)
def _head_title_words() -> frozenset[str]:
    """The first words of the titles (:func:`_title_words`) and every word of the heads of
    org_heads.tsv: none is a word of a person's name."""
    return _title_words() | {w for t in _org_heads() for w in regex.split(r"[\ \-]", t)}


def _split_head_run(m: regex.Match[str]) -> tuple[str, str] | None:
    """The organisation and the person's name of a :func:`_head_pattern` match: the name is
    the run's last two or three words, none a word dictionaries know in lower case, an
    acronym, a title word, a place or a name of a day, month, country or people; the word
    before it, the organisation's last, is a dictionary word or an acronym ("Exchange",
    "Health", "SAPO"), so the two are told apart; else None.

    >>> t = "The chairman of the Giresun Commodity Exchange Hüseyin Çakıroğlu said so."
    >>> _split_head_run(_head_pattern().match(t))
    ('Giresun Commodity Exchange', 'Hüseyin Çakıroğlu')
    >>> t = "The director of the Department of Health Phạm Văn Khải said so."
    >>> _split_head_run(_head_pattern().match(t))
    ('Department of Health', 'Phạm Văn Khải')
    >>> t = "The head of the Board of Ukrenergo Vitalii Zaichenko said so."  # no boundary
    >>> _split_head_run(_head_pattern().match(t)) is None
    True
    >>> t = "The head of the Metropolitan Police Sir Ian Blair said so."
    >>> _split_head_run(_head_pattern().match(t))
    ('Metropolitan Police', 'Sir Ian Blair')
    >>> t = "The head of the Royal College of Emergency Medicine's Yorkshire branch spoke."  # (probe40)
    >>> _split_head_run(_head_pattern().match(t)) is None
    True
    >>> t = "The Commissioner of Youth and Sports of Kano State Mustapha Rabiu said so."  # (probe41)
    >>> _split_head_run(_head_pattern().match(t)) is None
    True
    >>> t = "Yitzhak Goldknopf, the leader of the United Torah Judaism party, quit."  # a party's name
    >>> _split_head_run(_head_pattern().search(t)) is None
    True
    >>> t = "The head of the National Health Service Trust Fund said so."  # no name
    >>> _split_head_run(_head_pattern().match(t)) is None
    True
    """
    words = m.group("run").split(" ")
    lower = load_words("titlecase/lower_case_words.txt")
    always = load_words("titlecase/always_capitalised.txt")
    titles = _head_title_words()

    def name_word(w: str) -> bool:
        low = w.lower()
        return (
            "'" not in w
            and "’" not in w
            and w[:1].isupper()
            and not w.isupper()
            and low not in lower
            and low not in always
            and low not in titles
            and w not in _NOT_SURNAME
            and not is_place(w)
        )

    k = len(words)
    while k > 0 and name_word(words[k - 1]):
        k -= 1
    name, org = words[k:], words[:k]
    if not (2 <= len(name) <= 3) or not org:
        return None
    if "and" in org and any(w.lower() in _PERSON_TITLE_WORDS for w in org[org.index("and") :]):
        # "the president of South Korea Lee Jae-myung and Japanese Prime Minister Shigeru
        # Ishiba": a title inside the run is another person's (probe69)
        return None
    if org[-1].lower() in _NAME_HONORIFICS and len(org) > 1:
        # "the head of the Metropolitan Police Sir Ian Blair": the honorific is the name's
        name, org = [org[-1], *name], org[:-1]
    last = org[-1]
    place = is_place(last)  # "the mayor of Bangkok ...", "the governor of the Bank of Korea ..."
    if not last[:1].isupper() or not ((last.isupper() and len(last) >= 2) or last.lower() in lower or place):
        return None
    if len(org) == 1 and not last.isupper() and not place:
        return None  # "the President of the Republic Recep Tayyip Erdogan": a title of its own
    if _bare_place(" ".join(org)) and _doubtful_name_after_place(m.string, name, m.end("run")):
        return None  # "the president of France Télévisions Delphine Ernotte"
    if "of" in org and org[org.index("of") - 1] not in _ORG_NOUNS:
        # "the Commissioner of Youth and Sports of Kano State X": a portfolio, then its place
        # (probe41); "the Department of Health", "the Chamber of Agriculture" are bodies
        return None
    if _APPOSED_NAME.match(m.string, m.end("run")):
        # "The chairman of Kazakhstan Temir Zholy, Talgat Aldybergenov, said": the run is an
        # organisation's name, the person's follows between commas (probe81)
        return None
    after = _NOUN_AFTER_NAME.match(m.string, m.end("run"))
    if after is not None and after.group(1).capitalize() in _NOT_SURNAME:
        return None  # "the leader of the United Torah Judaism party": the run names the party
    return " ".join(org), " ".join(name)


@lru_cache(maxsize=1)
def _country_adjectives() -> Mapping[str, str]:
    """data/titles/country_adjectives.tsv: a country's name (as written after "of") and the
    adjective written before a national title ("Kazakhstan": "Kazakh").

    >>> _country_adjectives()["Kazakhstan"], _country_adjectives()["South Korea"]
    ('Kazakh', 'South Korean')
    """
    rows = load_tsv("titles/country_adjectives.tsv", required=("country", "adjective", "source"), unique="country")
    return MappingProxyType({row["country"]: row["adjective"] for row in rows})


def _bare_place(org: str) -> bool:
    """Whether the words before a person's name name a place and nothing else: one word of
    the place gazetteer ("Bangkok") or a country of country_adjectives.tsv ("South Korea").

    >>> _bare_place("Bangkok"), _bare_place("South Korea"), _bare_place("Bank of Korea")
    (True, True, False)
    """
    return (" " not in org and is_place(org)) or org in _country_adjectives()


def _doubtful_name_after_place(text: str, name: list[str], end: int) -> bool:
    """Whether the capitalised words read as a person's name after a place's name (ending at
    ``end``) may be the rest of an organisation's name: three words written once in the
    text and not led by an honorific ("the president of France Télévisions Delphine
    Ernotte"; "Recep Tayyip Erdogan" is written again), or a person's name between commas
    after them ("the chairman of Kazakhstan Temir Zholy, Talgat Aldybergenov,", probe81).

    >>> _doubtful_name_after_place("of France Télévisions Delphine Ernotte said", ["Télévisions", "Delphine", "Ernotte"], 38)
    True
    >>> _doubtful_name_after_place("of Turkey Recep Tayyip Erdogan said", ["Recep", "Tayyip"], 23)
    False
    """
    if _APPOSED_NAME.match(text, end):
        return True
    return len(name) >= 3 and name[0].lower() not in _NAME_HONORIFICS and text.count(" ".join(name)) < 2


#: the heads of a country whose title takes the country's adjective ("Kazakh President"); a
#: governor's or mayor's takes the place's name ("Georgia Governor Brian Kemp")
_NATIONAL_HEADS = frozenset({"president", "vice president", "vice-president", "prime minister"})


def _place_head_form(org: str, title: str, form: str) -> str | None:
    """What is written before a head's title when the head is a place's ("the president of
    Kazakhstan X" -> "Kazakh President X", "the mayor of Bangkok X" -> "Bangkok Mayor X"):
    the country's adjective before a national title, else the place's name; None for an
    occupational description in lower case ("the spokesman of Russia X": "Russian
    spokesman" or "Kremlin spokesman" is an editor's choice).

    >>> _place_head_form("Kazakhstan", "president", "President"), _place_head_form("Georgia", "governor", "Governor")
    ('Kazakh', 'Georgia')
    >>> _place_head_form("Russia", "spokesman", "spokesman") is None
    True
    """
    if not form[:1].isupper():
        return None
    if title.replace("-", " ") in _NATIONAL_HEADS:
        return _country_adjectives().get(org, org)
    return org


#: the words of a person's title, which no organisation's name holds after "and" ("... Lee
#: Jae-myung and Japanese Prime Minister Shigeru Ishiba")
_PERSON_TITLE_WORDS = frozenset(
    "minister president premier chancellor king queen emir prince sheikh governor mayor chairman secretary".split()
)
_NOUN_AFTER_NAME = regex.compile(r"\ (\p{Ll}+)")
#: a person's name of two or three words between commas after a run
_APPOSED_NAME = regex.compile(r",\ \p{Lu}[\p{L}'’\-]+(?:\ \p{Lu}[\p{L}'’\-]+){1,2},")
#: the bodies an organisation's name with "of" is led by ("Department of Health", "Chamber of
#: Agriculture", "Bank of England")
_ORG_NOUNS = _NOT_SURNAME | frozenset(
    """Chamber Bureau Exchange Board Church College School Academy Society Museum Library Tribunal Directorate
    Secretariat Inspectorate Administration Division Unit Corps Guard Police Bar Confederation Trust Port Command""".split()
)
#: honorifics before a name, part of it when the run is split
_NAME_HONORIFICS = frozenset("sir dame lord lady baroness baron dr prof professor mawlawi mullah imam rev".split())
_ALL_HONORIFICS = _HONORIFICS | _NAME_HONORIFICS


@lru_cache(maxsize=1)
def _comrade_pattern() -> regex.Pattern[str]:
    """A capitalised title of titles.tsv, "comrade", then a capitalised name.

    >>> _comrade_pattern().search("Deputy Prime Minister comrade Nguyen Hoa Binh").group("comrade")
    'comrade '
    >>> _comrade_pattern().search("the prime minister's comrade Nguyen") is None
    True
    """
    return regex.compile(rf"(?<![\p{{L}}\-])(?:{_capitalised_titles()})\ (?P<comrade>comrade\ )(?=\p{{Lu}}\p{{Ll}})")


def _portfolio(m: regex.Match[str]) -> str | None:
    """The portfolio of a "minister of <portfolio> <Given> <Surname>" match, when it is
    capitalised words joined by "and" only ("Energy and Natural Resources", "Infrastructure
    and Transport"): it then goes before "Minister"; None for "the minister of State for
    Foreign Affairs X" (an office, not a portfolio) or a run that names no portfolio.

    >>> t = "The Minister of Infrastructure and Transport Matteo Salvini spoke. Salvini left."
    >>> _portfolio(_of_pattern().match(t))
    'Infrastructure and Transport'
    >>> t = "The minister of State for Trade Policy Greg Hands spoke. Hands left."
    >>> _portfolio(_of_pattern().match(t)) is None
    True
    """
    words = m.group("run").split(" ")[:-2]  # (_of_surname: the last two words are the person's)
    honorific = next((i for i, w in enumerate(words) if w.lower() in _ALL_HONORIFICS), None)
    if honorific is not None:
        # "the Minister of Interior Sheikh Fahad Al-Yousef": the honorific leads the name
        # (probe68), the portfolio ends before it
        words = words[:honorific]
    if not words or m.group()[len(m.group("the")) + len(m.group("title")) :].startswith(" of the "):
        return None
    if any(w[:1].islower() and w != "and" for w in words) or words[-1] == "and" or words[0] in ("State", "Minister"):
        return None
    # every word a word dictionaries know in lower case ("Energy", "Natural", "Resources"): a
    # portfolio, not the first of a longer name ("of Finance Datuk Seri Amir Hamzah Azizan")
    lower = load_words("titlecase/lower_case_words.txt")
    if not all(w == "and" or w.lower() in lower for w in words):
        return None
    return " ".join(words)


def _person_after_portfolio(m: regex.Match[str]) -> bool:
    """Whether the last two words of a "minister of <portfolio>" run are a person's given name
    and surname: neither a word dictionaries know in lower case.

    >>> t = "The Minister of Environmental Protection and Agriculture Davit Beridze spoke."
    >>> _person_after_portfolio(_of_pattern().match(t))
    True
    >>> t = "The Minister of Culture Media and Sport Office spoke."
    >>> _person_after_portfolio(_of_pattern().match(t))
    False
    """
    lower = load_words("titlecase/lower_case_words.txt")
    return not any(w.lower() in lower for w in m.group("run").split(" ")[-2:])


def _of_surname(text: str, m: regex.Match[str]) -> str | None:
    """The surname ending the run of an ``_of_pattern`` match when the run ends with a
    person's name: its last two words are capitalised words side by side (a given name and
    a surname, not an organisation's last word), and the text names that surname alone
    elsewhere (after a lower-case word or at a sentence's start, not after "the" or another
    capitalised word: "Touray said", "told Al-Rabiah's aides", "Later, Touray left"); else
    None.

    >>> t = "The president of the ECOWAS Commission Omar Touray spoke. Later, Touray left."
    >>> _of_surname(t, _of_pattern().match(t))
    'Touray'
    >>> t = "The president of the European Central Bank spoke. The Bank said so."
    >>> _of_surname(t, _of_pattern().match(t)) is None
    True
    """
    words = m.group("run").split(" ")
    surname = regex.sub(r"['’]s$", "", words[-1])
    given = words[-2]
    if surname in _NOT_SURNAME or given in _NOT_SURNAME or not given[:1].isupper() or len(surname) < 3:
        return None
    if given.lower() in _title_words():
        return None
    lower = load_words("titlecase/lower_case_words.txt")
    if surname.lower() in lower and given.lower() in lower:
        # two dictionary words: an organisation's ("the Federation of European Securities
        # Exchanges, Anna Lindqvist", probe42), not a given name and a surname ("Greg Hands")
        return None
    if is_place(surname):
        return None  # "the premier of New South Wales" ("England and Wales" elsewhere)
    for other in regex.finditer(rf"(?<![\p{{L}}\-’']){regex.escape(surname)}(?![\p{{L}}\-])", text):
        if m.start() <= other.start() < m.end():
            continue
        before = text[max(0, other.start() - 40) : other.start()]
        prev = regex.search(r"(\S+)\s+$", before)
        if prev is None:
            return surname  # the text's start
        word = prev.group(1)
        if word[-1] in '.!?,;:”"(—' or (word[:1].islower() and word != "the"):
            return surname
    return None
