print("disclosure: not yet written")
