"""The readable text and metadata of an HTML page.

For HTML the document's text (what every offset counts in, and what the
graph quotes) is the *cleaned* text: the visible prose with scripts, styles,
navigation, headers, footers, forms and asides removed, one paragraph per
block element.  Markup offsets would point into tags and entities, which no
reader wants quoted; the original bytes stay identified by their SHA-256.

>>> text, meta = html_text("<html lang='tr'><head><title>T</title><script>x()</script></head>"
...                        "<body><nav>Menu</nav><p>Aliyev &amp; Paşinyan</p><p>Bakü</p></body></html>")
>>> text, meta["language"], meta["title"]
('Aliyev & Paşinyan\\n\\nBakü', 'tr', 'T')
"""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

_DROP = {
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "iframe",
    "svg",
    "canvas",
    "menu",
    "object",
    "embed",
    "head",
}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "br",
    "hr",
    "figure",
    "figcaption",
    "dd",
    "dt",
    "dl",
    "address",
}
_DATE_META = (
    "article:published_time",
    "datePublished",
    "date",
    "dc.date",
    "dcterms.date",
    "dc.date.issued",
    "pubdate",
    "publish-date",
    "og:published_time",
)
_SKIP_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)


def html_text(markup: str) -> tuple[str, dict[str, str]]:
    """The visible text of ``markup`` and the metadata its head declares."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # bs4 warns about markup that looks like a file name or URL
        soup = BeautifulSoup(markup, "html.parser")
    meta = _metadata(soup)
    # Walk the tree iteratively (deeply nested pages must not hit the
    # recursion limit), skipping the subtrees of dropped elements.
    pieces: list[str] = []
    node: object = soup.contents[0] if soup.contents else None
    while node is not None:
        if isinstance(node, Tag):
            if node.name in _DROP:
                node = _after(node)
                continue
            if node.name in _BLOCK:
                pieces.append("\n\n")
        elif isinstance(node, NavigableString) and not isinstance(node, _SKIP_STRINGS):
            pieces.append(re.sub(r"\s+", " ", str(node)))
        node = node.next_element  # type: ignore[attr-defined]
    text = "".join(pieces)
    text = re.sub(r"[ \t]*\n\s*\n[ \t]*", "\n\n", text)
    text = re.sub(r"[ \t]{2,}", " ", text).strip()
    return text, meta


def _after(tag: Tag) -> object:
    """The first element after ``tag`` and all it contains."""
    node: object = tag
    while node is not None:
        sibling = node.next_sibling  # type: ignore[attr-defined]
        if sibling is not None:
            return sibling
        node = node.parent  # type: ignore[attr-defined]
    return None


def _metadata(soup: BeautifulSoup) -> dict[str, str]:
    meta: dict[str, str] = {}
    root = soup.find("html")
    if isinstance(root, Tag) and root.get("lang"):
        meta["language"] = str(root.get("lang")).split("-")[0].lower()
    title = soup.find("title")
    if isinstance(title, Tag) and title.get_text(strip=True):
        meta["title"] = " ".join(title.get_text().split())
    else:
        h1 = soup.find("h1")
        if isinstance(h1, Tag) and h1.get_text(strip=True):
            meta["title"] = " ".join(h1.get_text().split())
    for tag in soup.find_all("meta"):
        if not isinstance(tag, Tag):
            continue
        name = str(tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip()
        content = str(tag.get("content") or "").strip()
        if not content:
            continue
        if name.lower() in {n.lower() for n in _DATE_META} and "date" not in meta:
            meta["date"] = content[:10] if re.match(r"\d{4}-\d\d-\d\d", content) else content
        elif name.lower() in {"author", "article:author"}:
            meta.setdefault("author", content)
        elif name.lower() in {"og:site_name", "publisher"}:
            meta.setdefault("publisher", content)
        elif name.lower() in {"og:url"}:
            meta.setdefault("source", content)
    if "date" not in meta:
        time = soup.find("time")
        if isinstance(time, Tag) and time.get("datetime"):
            value = str(time.get("datetime"))
            meta["date"] = value[:10] if re.match(r"\d{4}-\d\d-\d\d", value) else value
    return meta
