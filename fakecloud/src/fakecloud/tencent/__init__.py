"""What the Tencent Cloud services of the fake share: the API 3.0 endpoint (`POST /` routed by
X-TC-Action, error envelopes with HTTP 200) and its TC3-HMAC-SHA256 check."""
