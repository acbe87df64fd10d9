#!/usr/bin/env python3
"""Strips the whitespace between JSON tokens of the seed files given (our own pretty-printed documents), so that the
seeds stay small; strings and numbers are left exactly as written. Usage: compact.py FILE…"""
import sys

for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    out, in_string, escaped = [], False, False
    for ch in text:
        if in_string:
            out.append(ch)
            if escaped: escaped = False
            elif ch == "\\": escaped = True
            elif ch == '"': in_string = False
        elif ch == '"':
            in_string = True
            out.append(ch)
        elif ch not in " \n\r\t":
            out.append(ch)
    open(path, "w", encoding="utf-8").write("".join(out))
