"""Clean text from HTML, hashtags from tags, and cutting that respects words and graphemes."""

import html

import regex
from bs4 import BeautifulSoup

GRAPHEME = regex.compile(r"\X")
WORD = regex.compile(r"[\p{L}\p{M}\p{Nd}_]+")
SPACES = regex.compile(r"[ \t\u00a0]+")
ELLIPSIS = "…"
SENTENCE_ENDS = (".", "!", "?", "।", "۔")


def clean_text(value):
    """Plain text from plain text or HTML: tags dropped, entities decoded, spaces tidied."""
    value = str(value or "")
    if "<" in value:
        soup = BeautifulSoup(value, "html.parser")
        for br in soup.find_all("br"):
            br.replace_with("\n")
        blocks = soup.find_all(["p", "li", "h2", "h3", "h4", "div"])
        value = "\n".join(b.get_text(" ") for b in blocks) if blocks else soup.get_text(" ")
    value = html.unescape(value)
    lines = (SPACES.sub(" ", line).strip() for line in value.splitlines())
    return "\n".join(line for line in lines if line)


def one_line(value):
    return " ".join(clean_text(value).split())


def hashtag(tag):
    """'KYC update scam' -> '#KYCUpdateScam'; scripts without case are joined as they are."""
    words = WORD.findall(str(tag))
    joined = "".join(w[:1].upper() + w[1:] for w in words)
    if not joined or joined.isdigit():
        return ""
    return "#" + joined


def hashtags(tags, limit=3):
    seen = []
    for tag in tags:
        made = hashtag(tag)
        if made and made.lower() not in (s.lower() for s in seen):
            seen.append(made)
    return seen[:limit]


def graphemes(value):
    return GRAPHEME.findall(value)


def word_cuts(value):
    """Prefixes of value ending at a word boundary, longest first, each with an ellipsis."""
    clusters = graphemes(value)
    cuts = []
    for index, cluster in enumerate(clusters):
        if cluster.isspace() and index:
            cuts.append(_close("".join(clusters[:index])))
    if not cuts:  # one long word: cut between graphemes rather than not at all
        cuts = ["".join(clusters[:n]) + ELLIPSIS for n in range(1, len(clusters))]
    return list(reversed(cuts))


def _close(prefix):
    """End a cut prefix: a finished sentence keeps its stop, anything else gets an ellipsis."""
    prefix = prefix.rstrip(" ,;:-–—")
    return prefix if prefix.endswith(SENTENCE_ENDS) else prefix + ELLIPSIS


def longest_fitting(value, fits):
    """The longest word-boundary cut of value for which fits(cut) holds, or ''."""
    if fits(value):
        return value
    cuts = word_cuts(value)
    low, high, best = 0, len(cuts) - 1, ""
    while low <= high:  # cuts are longest first; find the first that fits
        middle = (low + high) // 2
        if fits(cuts[middle]):
            best, high = cuts[middle], middle - 1
        else:
            low = middle + 1
    return best
