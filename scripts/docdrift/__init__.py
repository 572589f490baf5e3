"""Doc-drift check: read vendor doc pages (text or HTML, files or URLs) into what they document, for
scripts/check_docs.py (the comparison itself is scripts/drift/).

  inputs.py     files, folders and http(s) URLs → page texts (unusable input named)
  pages.py      page text → tables of documented fields (every text layout we meet)
  html.py       saved HTML → the same tables (<table> read with BeautifulSoup)
  describe.py   what a description states: enum values, range, lengths, default, nullability
  recognize.py  which operations (method + URI, or a product's action) a page documents
"""
