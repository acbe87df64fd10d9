print("publish-bench")
