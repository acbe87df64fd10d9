#!/usr/bin/env bash
# Writes the report-file seeds: one small file of each kind the one way in recognises, taken from the other targets'
# seeds (JSON report, UTF-8 and GBK text, web page, .docx, CSV inventory, a website-forms document), an OLE header,
# and a report workbook exported by the target's own binary (needs `scripts/fuzz report-file 1` built first),
# repacked by repack_xlsx.py without its styles and stored uncompressed so that it stays small.
# A seed's name decides nothing; the target names one input in four `upload.csv` (size % 4 == 1), so the CSV seed is
# padded to such a size. Run from the package folder: Fuzz/report-file/make_seeds.sh
set -euo pipefail
out=Fuzz/report-file/corpus
mkdir -p "$out"
cp Fuzz/report-json/corpus/report-2021.json "$out/report.json"
cp Fuzz/text-reader/corpus/seed-00.txt "$out/seed.txt"
cp Fuzz/gbk-text/corpus/seed-01.gbk.txt "$out/seed.gbk.txt"
cp Fuzz/html-reader/corpus/city-2022-table3.html "$out/page.html"
cp Fuzz/docx-reader/corpus/city-2022-table2.docx "$out/report.docx"
cp Fuzz/document-json/corpus/website-forms.json "$out/website-forms.json"
cp Fuzz/inventory-csv/corpus/websites.csv "$out/websites.csv"
while [ $(( $(stat -c %s "$out/websites.csv") % 4 )) -ne 1 ]; do printf '\n' >> "$out/websites.csv"; done
{ printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'; head -c 504 /dev/zero; } > "$out/legacy.xls"
if [ -x .build-fuzz/report-file/fuzz-report-file ]; then
  workbook="$(mktemp -d)/report.xlsx"
  FUZZ_WORKBOOK_SEED="$workbook" REPORT_JSON=Fuzz/report-json/corpus/report-2021.json ASAN_OPTIONS=detect_leaks=0 \
    .build-fuzz/report-file/fuzz-report-file
  python3 Fuzz/report-file/repack_xlsx.py "$workbook" "$out/report.xlsx"
else
  echo "make_seeds: build the target first (scripts/fuzz build report-file) for the workbook seed; using a writer sample" >&2
  cp Fuzz/workbook-reader/corpus/trimmed-deflated.xlsx "$out/workbook.xlsx"
fi
ls -l "$out"
