// DisclosureAggregation — see README.md.
