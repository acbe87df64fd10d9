print("validation-bench: not yet written")
