"""Doc-drift check: read vendor doc pages (text or HTML, files or URLs) into what they document, for
scripts/check_docs.py (the comparison itself is scripts/drift/).

  inputs.py     files, folders and http(s) URLs → page texts (unusable input named, per entry)
  normalize.py  the characters pages render (no-break spaces, full-width pipes, cell markup) → plain text
  headings.py   section headings → where the tables under them belong
  layouts.py    tables with a header row (cell per line, per paragraph, pipe rows) → cell rows
  pages.py      page text → tables of documented fields (rows with and without a header)
  html.py       saved HTML → the same tables (<table> read with BeautifulSoup)
  describe.py   what a description states: enum values, range, lengths, default, nullability
  identity.py   which page a page is (its addresses), whatever it is saved as: decisions follow it
  recognize.py  which operations (method + URI, or a product's action) a page documents, against ours
"""
