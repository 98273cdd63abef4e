"""Reading and checking Qt Linguist .ts files, shared by translations-fill and -status."""
import re
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:n|L?[1-9])")
# A mnemonic: "&" before a character other than "&" and space ("&&" is a literal ampersand).
MNEMONIC = re.compile(r"(?<!&)&([^\s&])")


def messages(tree):
    """Yields (context name, message element) for every message in the file."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def source_of(message):
    return message.findtext("source", "")


def forms_of(message):
    """The translated text: one entry, or one per numerus form."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.findall("numerusform")]
    return [translation.text or ""]


def state_of(message):
    """'done', 'unfinished', 'empty' or 'obsolete' (lupdate also says 'vanished' for gone)."""
    translation = message.find("translation")
    if translation is None:
        return "empty"
    kind = translation.get("type", "")
    if kind in ("obsolete", "vanished"):
        return "obsolete"
    if kind == "unfinished":
        return "unfinished"
    forms = forms_of(message)
    if not forms or not all(f.strip() for f in forms):
        return "empty"
    return "done"


def problems_of(message):
    """Quality problems of a translation: a lost or added placeholder, a lost mnemonic."""
    if state_of(message) != "done":
        return []
    source = source_of(message)
    found = []
    wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
    for form in forms_of(message):
        have = sorted(set(PLACEHOLDER.findall(form)) - {"%n"})
        if wanted != have:
            found.append("placeholders %s in the source, %s in the translation" % (wanted, have))
        if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(form)):
            found.append("a mnemonic '&' in only one of source and translation")
    return sorted(set(found))


def mnemonic(text):
    match = MNEMONIC.search(text or "")
    return match.group(1).lower() if match else None


def mnemonic_clashes(tree):
    """Per context, letters used by more translations than sources: clashes the translation
    added (the sources' own repeats, like one "&Warning" per row, are left alone)."""
    by_context = {}
    for context, message in messages(tree):
        if message.get("numerus") == "yes" or state_of(message) != "done":
            continue
        by_context.setdefault(context, []).append(message)
    clashes = []
    for context, items in sorted(by_context.items()):
        source_count, used = {}, {}
        for m in items:
            src_letter = mnemonic(source_of(m))
            if src_letter:
                source_count[src_letter] = source_count.get(src_letter, 0) + 1
            letter = mnemonic(forms_of(m)[0])
            if letter:
                used.setdefault(letter, []).append(forms_of(m)[0])
        for letter, texts in sorted(used.items()):
            if len(set(texts)) > 1 and len(set(texts)) > source_count.get(letter, 0):
                clashes.append((context, letter, sorted(set(texts))))
    return clashes


def load(path):
    return ET.parse(path)
