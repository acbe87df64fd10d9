#!/usr/bin/env python3
"""The same job as pdf-bench's Swift side, with pdfplumber (pip install pdfplumber): open each PDF, extract every
page's tables (pdfplumber's ruling-line table finder), and count the cells holding a figure. Prints
`seconds cells peakBytes cpuSeconds`.

    python3 pdfplumber_baseline.py FILE...
"""
import logging
import re
import resource
import sys
import time

import pdfplumber

FIGURE = re.compile(r"^\s*-?[0-9]+(\.[0-9]+)?\s*$")


def main(paths):
    logging.disable(logging.WARNING)  # pdfminer warns on every Type 3 glyph of a Chromium PDF
    start = time.perf_counter()
    cpu = time.process_time()
    cells = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                for table in page.extract_tables():
                    for row in table:
                        for cell in row:
                            if cell and FIGURE.match(cell.replace("\n", "")):
                                cells += 1
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(seconds, cells, peak, time.process_time() - cpu)


if __name__ == "__main__":
    main(sys.argv[1:])
