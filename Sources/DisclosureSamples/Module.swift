// DisclosureSamples — deterministic sample cities (see README.md).
