// DisclosureValidation — see README.md.
