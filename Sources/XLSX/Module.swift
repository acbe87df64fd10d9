// XLSX — see README.md.
