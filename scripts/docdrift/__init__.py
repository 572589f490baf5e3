"""Doc-drift check: read vendor doc pages saved as text, extract each operation's documented fields,
and compare them with our specs (used by scripts/check_docs.py).

  pages.py      page text → tables of documented fields (every page form we meet)
  types.py      vendor type expressions ("Array of details objects", "Long", ...) → a comparable kind
  enums.py      enumerated values out of a field's description
  recognize.py  which operation (method + URI, or action name) a page documents
  specs.py      the specs' operations and schemas, resolved for comparison
  compare.py    documented fields vs spec → findings
  report.py     findings as text or JSON
"""
