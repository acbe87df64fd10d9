// DisclosureText — see README.md.
