print("xlsx-bench: not yet written")
