# GovDisclosure — the two commands a newcomer runs (README.md):
#   make demo   — installs what is missing, builds, runs the main job on the embedded seed (洛阳 2020)
#   make test   — installs what is missing, runs every test, then the external-client checks, the README's samples,
#                 the documentation and bounded fuzzing
SWIFT ?= swift
OUT ?= demo-out
FUZZ_SECONDS ?= 20

.PHONY: setup demo test test-swift test-external readme-samples docs bench fuzz

setup:
	@./scripts/setup

demo: setup
	$(SWIFT) run -c release disclosure demo -o $(OUT)

test: setup test-swift test-external readme-samples docs fuzz

# Builds everything (tests, benchmarks, examples) and fails on any warning in our own code, then runs the tests.
test-swift:
	./scripts/build-no-warnings
	$(SWIFT) test --skip-build

# Checks our output with independent clients (openpyxl; LibreOffice where installed).
test-external:
	@if [ -x scripts/external-checks ]; then ./scripts/external-checks; fi

# Builds and runs the README's Swift samples in a new package that depends on this one by path.
readme-samples:
	./scripts/readme-samples

# Builds the DocC documentation of every public module; fails on any DocC warning about our docs.
docs:
	./scripts/docs

# Fuzzes every target under Fuzz/ (libFuzzer + ASan + leak checks) for FUZZ_SECONDS each, one way for all
# (scripts/fuzz): workbook-reader, xml-scanner, inventory-csv, report-json, text-reader, gbk-text, html-reader,
# docx-reader, document-json (website forms, roll-up, inventory JSON), history-db (the history's SQLite file),
# pdf-layout (the layout over glyph boxes), pdf-file (PDF bytes through Poppler) and report-file (the one way in:
# recognise + read). A crash, a sanitizer report, a leak or a slow input fails.
# FUZZ_SECONDS is 20 so that the whole run stays within about 15 minutes on a quiet two-core machine: the thirteen
# builds dominate (built two at a time, FUZZ_JOBS=2), the runs take 13 × 20 s.
# One target by hand: `scripts/fuzz workbook-reader 1800` (see README's Fuzzing section for each target's exec/s).
fuzz:
	./scripts/fuzz all $(FUZZ_SECONDS)

# Full benchmarks (release mode). Run by hand; CI runs none of these.
bench:
	./scripts/setup --bench
	$(SWIFT) build -c release
	for b in $$(ls Benchmarks | grep -- '-bench$$'); do $(SWIFT) run -c release $$b; done
