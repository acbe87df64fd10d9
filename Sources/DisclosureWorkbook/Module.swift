// DisclosureWorkbook — see README.md.
