#!/usr/bin/env python3
"""Repacks an exported report workbook as a small seed: without docProps and the theme (and their relationships and
content types), XML whitespace between tags removed, deflated. Usage: repack_xlsx.py IN.xlsx OUT.xlsx"""
import re, sys, zipfile

source, target = sys.argv[1], sys.argv[2]
dropped = ("docProps/", "xl/theme/")
with zipfile.ZipFile(source) as z, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
    for info in z.infolist():
        if info.filename.startswith(dropped): continue
        data = z.read(info.filename)
        if info.filename.endswith((".xml", ".rels")):
            text = data.decode("utf-8")
            text = re.sub(r"<Relationship [^>]*Target=\"(?:/?docProps|theme)/[^\"]*\"[^>]*/>", "", text)
            text = re.sub(r"<Override [^>]*PartName=\"/(?:docProps|xl/theme)/[^\"]*\"[^>]*/>", "", text)
            text = re.sub(r">\s+<", "><", text)
            data = text.encode("utf-8")
        out.writestr(info.filename, data)
