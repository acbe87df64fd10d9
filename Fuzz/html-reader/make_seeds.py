#!/usr/bin/env python3
"""Writes the html-reader seeds: the published pages of Tests/TestSupport/Fixtures/published-html reduced to their
bare markup (no styles, scripts, comments or attributes but rowspan/colspan and the charset), then cut into pieces
of one table each with the title and the paragraph before it, so that inputs stay a few kilobytes. One piece is
also written in GBK with a gb2312 meta; the first 4 KB of a GBK page as saved and the script-only shell page are
kept as they are.
Run from the package folder: python3 Fuzz/html-reader/make_seeds.py"""
import html, os, re
from html.parser import HTMLParser

SRC = "Tests/TestSupport/Fixtures/published-html"
OUT = "Fuzz/html-reader/corpus"
KEEP = {"html", "head", "title", "body", "h1", "h2", "h3", "p", "table", "tbody", "tr", "td", "th", "br", "div"}
VOID = {"br"}

class Bare(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"): self.skip += 1
        if self.skip or tag not in KEEP: return
        kept = "".join(f' {k}="{v}"' for k, v in attrs if k in ("rowspan", "colspan") and v and v != "1")
        self.out.append(f"<{tag}{kept}>")
    def handle_endtag(self, tag):
        if tag in ("script", "style"): self.skip = max(0, self.skip - 1); return
        if self.skip or tag not in KEEP or tag in VOID: return
        self.out.append(f"</{tag}>")
    def handle_data(self, data):
        if not self.skip:
            text = re.sub(r"\s+", " ", data)
            if text.strip(): self.out.append(html.escape(text.strip(), quote=False))

def bare(path):
    parser = Bare()
    parser.feed(open(path, encoding="utf-8").read())
    text = "".join(parser.out)
    return re.sub(r"<(p|div)></\1>", "", text)

def page(title, body, charset="utf-8"):
    return f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head><body>{body}</body></html>'

os.makedirs(OUT, exist_ok=True)
for name in sorted(os.listdir(SRC)):
    if not name.endswith(".utf8.html"): continue
    stem = name[: -len(".utf8.html")]
    text = bare(os.path.join(SRC, name))
    title = re.search(r"<title>(.*?)</title>", text)
    title = title.group(1) if title else ""
    body = text.split("<body>", 1)[-1].rsplit("</body>", 1)[0]
    tables = list(re.finditer(r"<table>.*?</table>", body, re.S))
    start = 0
    for i, t in enumerate(tables):
        before = body[start:t.start()]
        lead = re.findall(r"<p>.*?</p>", before)[-2:]
        piece = page(title, "<h1>" + html.escape(title, quote=False) + "</h1>" + "".join(lead) + t.group(0))
        open(os.path.join(OUT, f"{stem}-table{i}.html"), "w", encoding="utf-8").write(piece)
        start = t.end()
    prose = re.findall(r"<p>.*?</p>", body)[:12]
    open(os.path.join(OUT, f"{stem}-prose.html"), "w", encoding="utf-8").write(page(title, "".join(prose)))
gbk_source = os.path.join(OUT, "city-2022-table1.html")
if os.path.exists(gbk_source):
    text = open(gbk_source, encoding="utf-8").read().replace('charset="utf-8"', 'charset="gb2312"')
    open(os.path.join(OUT, "city-2022-table1.gbk.html"), "wb").write(text.encode("gb18030"))
# The head of a real GBK page as saved, markup noise and all (styles, scripts, comments, attributes).
open(os.path.join(OUT, "city-2022-head.gbk.html"), "wb").write(open(os.path.join(SRC, "city-2022.gbk.html"), "rb").read()[:4096])
open(os.path.join(OUT, "script-shell.html"), "wb").write(open(os.path.join(SRC, "script-shell.html"), "rb").read())
