def find_names(text, norm, lo, hi, cands):
    return []
