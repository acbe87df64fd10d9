#!/usr/bin/env python3
"""Derives the workbook-reader fuzz seeds from writer-sample.xlsx (written by our writer; see
Tests/XLSXTests/FuzzSeedTests.swift): the parts the reader never opens (theme, document properties, charts and
drawings) are dropped, and each variant is stored both deflated and uncompressed, so that libFuzzer's mutations
reach the XML inside a part (stored parts fail libzip's CRC check only at their end, after the scanner read them).
"""
import pathlib
import zipfile

corpus = pathlib.Path(__file__).resolve().parent / "corpus"
source = corpus / "writer-sample.xlsx"
skipped = ("xl/theme/", "docProps/", "xl/charts/", "xl/drawings/")

with zipfile.ZipFile(source) as z:
    parts = [(i.filename, z.read(i.filename)) for i in z.infolist() if not i.filename.startswith(skipped)]

for name, method in (("trimmed-deflated.xlsx", zipfile.ZIP_DEFLATED), ("trimmed-stored.xlsx", zipfile.ZIP_STORED)):
    with zipfile.ZipFile(corpus / name, "w", method) as out:
        for part, data in parts:
            info = zipfile.ZipInfo(part, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = method
            out.writestr(info, data)
    print(name, (corpus / name).stat().st_size, "bytes")
