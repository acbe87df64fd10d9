print("aggregation-bench: not yet written")
