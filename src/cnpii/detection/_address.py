def find_addresses(text, norm, lo, hi):
    return []
