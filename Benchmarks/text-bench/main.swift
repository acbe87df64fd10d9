print("text-bench: not yet written")
