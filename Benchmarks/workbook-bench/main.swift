print("workbook-bench: not yet written")
