"""Drift checks: what a vendor source documents (its doc pages: scripts/docdrift/; its SDKs:
scripts/sdkdrift/) compared with our specs, with the same findings, decisions, report and exit statuses.

  documented.py  what a source documents: fields, operations, object tables (source-neutral)
  compare.py     documented vs spec, honouring pinned decisions → findings
  report.py      findings per source as text or JSON, the outcome and its exit status
"""
