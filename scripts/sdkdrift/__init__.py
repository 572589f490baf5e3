"""SDK-drift check: the vendors' machine-readable definitions (their SDKs' models, tccli's api.json)
compared with our specs by scripts/check_sdk.py, through the same comparison as the doc pages.

  huawei_dump.py  runs inside the SDKs' environment: a Huawei SDK's operations and models as JSON
  definitions.py  a Huawei dump or a Tencent api.json → what they document (scripts/drift/ model)
  obtain.py       the pinned definitions (.venv-bench, a cached tccli wheel) or the newest ones
"""
