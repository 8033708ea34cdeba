"""One term per concept: the glossary (resources/glossary.json) names the German and English term of each
concept and the words that must not stand for it; the German translation, the manuals and the English UI texts
use none of those. A finding names the file, the line, the word found and the term to use instead."""

from __future__ import annotations

import ast
import html
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = json.loads((ROOT / "resources" / "glossary.json").read_text(encoding="utf-8"))["concepts"]
TS_DE = ROOT / "resources" / "translations" / "planner_de.ts"
MANUAL = {lang: ROOT / "resources" / "manual" / f"manual_{lang}.html" for lang in ("de", "en")}

Text = tuple[str, str]  # (where: "file:line", the text there)


def _word(phrase: str) -> str:
    """A whole word or phrase: not inside a longer word, nor the tail of a compound ("Key-Account" is no
    "Account"); "Account-Liste" still holds "Account"."""
    return r"(?<![\w-])" + re.escape(phrase) + r"(?!\w)"


def findings(texts: Iterable[Text], lang: str) -> list[str]:
    flags = 0 if lang == "de" else re.IGNORECASE  # German nouns are capitalised: "Probe" is no "probe"
    found = []
    for where, text in texts:
        for concept in GLOSSARY:
            masked = text
            for allowed in concept.get(f"{lang}_allow", []):
                masked = re.sub(_word(allowed), " ", masked, flags=flags)
            for avoided in concept.get(f"{lang}_avoid", []):
                if re.search(_word(avoided), masked, flags=flags):
                    use = f'use "{concept[lang]}" in "{text.strip()}"'
                    found.append(f'{where}: "{avoided}" for {concept["id"]}: {use}')
    return found


def _plain(text: str) -> str:
    """Markup and accelerators off: "&amp;Promoters" -> "Promoters", "Ü&ber" -> "Über"."""
    return re.sub(r"&(?=\w)", "", html.unescape(text))


def ts_translations(path: Path) -> Iterator[Text]:
    """Every finished translation line of a .ts with its line there and the Python file the message is in."""
    text = path.read_text(encoding="utf-8")
    for message in re.finditer(r"<message[^>]*>(.*?)</message>", text, re.S):
        body = message.group(1)
        origin = re.search(r'<location filename="\.\./\.\./([^"]+)" line="(\d+)"', body)
        source = origin.expand(r" (\1:\2)") if origin else ""
        translation = re.search(r"<translation( type=\"[^\"]*\")?>(.*?)</translation>", body, re.S)
        if translation is None or translation.group(1):  # unfinished or vanished: not shown
            continue
        start = message.start(1) + translation.start(2)
        first_line = text.count("\n", 0, start) + 1
        for offset, line in enumerate(translation.group(2).split("\n")):
            shown = re.sub(r"</?numerusform>", "", line)
            if shown.strip():
                yield f"{path.relative_to(ROOT)}:{first_line + offset}{source}", _plain(shown)


def _text_of(page: str) -> str:
    """The words of an HTML page, line for line: the style sheet and tags (also across lines) blanked."""
    blank = lambda m: "\n" * m.group().count("\n") or " "  # noqa: E731
    return re.sub(r"<[^>]*>", blank, re.sub(r"<style.*?</style>", blank, page, flags=re.S))


def manual_lines(path: Path) -> Iterator[Text]:
    for number, line in enumerate(_text_of(path.read_text(encoding="utf-8")).splitlines(), 1):
        shown = _plain(line)
        if shown.strip():
            yield f"{path.relative_to(ROOT)}:{number}", shown


def english_sources() -> Iterator[Text]:
    """The English of every tr() / translate() / QT_TRANSLATE_NOOP() string of the UI, where it is written."""
    for path in sorted((ROOT / "planner" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            position = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name or "")
            if position is None or len(node.args) <= position:
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                for line in arg.value.split("\n"):  # where the string starts
                    yield f"{path.relative_to(ROOT)}:{arg.lineno}", _plain(line)


def test_the_german_translation_uses_the_glossary_terms() -> None:
    assert findings(ts_translations(TS_DE), "de") == []


def test_the_german_manual_uses_the_glossary_terms() -> None:
    assert findings(manual_lines(MANUAL["de"]), "de") == []


def test_the_english_ui_and_manual_use_the_glossary_terms() -> None:
    assert findings([*english_sources(), *manual_lines(MANUAL["en"])], "en") == []


def test_a_forbidden_synonym_is_named_with_its_file_line_and_the_term_to_use() -> None:
    texts = [
        ("x.ts:7", "Färben nach Klasse oder Verantwortlichem"),
        ("x.ts:8", "Key-Account-Planung für Account Planner"),  # the product's name is no "Account"
        ("x.ts:9", "300 Accounts"),
    ]
    assert findings(texts, "de") == [
        'x.ts:7: "Verantwortlichem" for owner: use "Betreuer" in "Färben nach Klasse oder Verantwortlichem"',
        'x.ts:7: "Klasse" for tier: use "Stufe" in "Färben nach Klasse oder Verantwortlichem"',
        'x.ts:9: "Accounts" for account: use "Kunde" in "300 Accounts"',
    ]
    assert findings([("a.py:3", "No customers yet."), ("a.py:4", "the customer pays")], "en") == [
        'a.py:3: "customers" for account: use "account" in "No customers yet."'
    ]


def test_the_glossary_is_consistent() -> None:
    """No concept's term is a word another concept forbids, and ids are unique."""
    ids = [c["id"] for c in GLOSSARY]
    assert len(ids) == len(set(ids))
    for lang in ("de", "en"):
        terms = [(c["id"], c[lang]) for c in GLOSSARY]
        assert findings(terms, lang) == []


def test_each_kept_loanword_is_explained_once_in_the_manual() -> None:
    for lang, path in MANUAL.items():
        text = " ".join(_plain(_text_of(path.read_text(encoding="utf-8"))).split())
        for concept in GLOSSARY:
            explanation = concept.get(f"explain_{lang}")
            if explanation:
                assert text.count(explanation) == 1, f"{path.name} does not explain {concept[lang]!r} once"
