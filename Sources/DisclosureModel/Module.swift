// DisclosureModel — see README.md.
