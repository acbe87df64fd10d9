#!/usr/bin/env python3
"""published-bench baseline: the same job written the way a developer would reach for it — BeautifulSoup + lxml.

    python3 bs4_baseline.py DIR        prints: seconds figures peak_bytes cpu_seconds

For every page in DIR: decode (GB2312/GBK declared → GB18030; else BeautifulSoup's own detection),
parse with lxml, find the article (#zoom, .TRS_Editor, … as our reader does), drop scripts/styles, collect the
paragraphs' text, expand every table's rowspan/colspan into a grid, and count the cells that hold a figure
(a number, optionally with 元/万元). Interpreter start-up is not timed.
"""
import os
import re
import sys
import time

from bs4 import BeautifulSoup

SELECTORS = ["#zoom", ".TRS_Editor", ".trs_editor_view", ".article-content", ".content", ".article", "#content",
             ".xxgk-content", ".pages_content", "article"]
FIGURE = re.compile(r"^[-+]?\d+(?:,\d{3})*(?:\.\d+)?(?:万元|元)?$")


def grid(table):
    taken = {}
    r = 0
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        c = 0
        for td in tr.find_all(["td", "th"], recursive=False):
            while (r, c) in taken:
                c += 1
            rs = max(1, int(re.sub(r"\D", "", td.get("rowspan", "1")) or 1))
            cs = max(1, int(re.sub(r"\D", "", td.get("colspan", "1")) or 1))
            text = td.get_text(" ", strip=True).replace("\xa0", "").strip()
            for dr in range(rs):
                for dc in range(cs):
                    taken[(r + dr, c + dc)] = (text, dr == 0 and dc == 0)
            c += cs
        r += 1
    return taken


GB_FAMILY = re.compile(rb"charset\s*=\s*[\"']?\s*(gb2312|gbk|gb18030)", re.I)


def read(path):
    with open(path, "rb") as f:
        data = f.read()
    # A page declared gb2312 is really GBK more often than not: decode the family as GB18030, as our reader does
    # (BeautifulSoup's own gb2312 decoding fails on 堃/喆 and falls back to mojibake).
    if GB_FAMILY.search(data[:8192]):
        soup = BeautifulSoup(data.decode("gb18030", errors="replace"), "lxml")
    else:
        soup = BeautifulSoup(data, "lxml")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    article = None
    for sel in SELECTORS:
        for node in soup.select(sel):
            if node.find("table") is not None:
                article = node
                break
        if article is not None:
            break
    article = article or soup.body or soup
    paragraphs = [p.get_text(strip=True) for p in article.find_all("p") if p.find_parent("table") is None]
    figures = 0
    for table in article.find_all("table"):
        for (text, origin) in grid(table).values():
            if origin and FIGURE.match(text):
                figures += 1
    return figures, len(paragraphs)


def main():
    folder = sys.argv[1]
    files = sorted(os.path.join(folder, n) for n in os.listdir(folder))
    t = time.perf_counter()
    cpu = time.process_time()
    figures = 0
    for path in files:
        figures += read(path)[0]
    dt = time.perf_counter() - t
    dcpu = time.process_time() - cpu
    peak = 0
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1]) * 1024
    print(dt, figures, peak, dcpu)


if __name__ == "__main__":
    main()
