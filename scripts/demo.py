"""`make demo`: the MetaStudio (short job, voice-training task), Content Moderation and AMS flows through the
generated clients, against the in-process fake cloud (one section per flow in scripts/demos/).

Every request is signed by the client's override — AK/SK for the Huawei services, TC3-HMAC-SHA256 for
AMS — and verified by the fake's gateways (FAKE_AUTH=off turns that off). The credentials are the
fake's documented defaults (FAKE_AK / FAKE_SK, FAKE_SECRET_ID / FAKE_SECRET_KEY), never real ones.
"""

from __future__ import annotations

import sys

from demos import ams, metastudio, metastudio_training, moderation
from fakecloud import FakeCloud, Settings


def main() -> int:
    settings = Settings.from_env()
    cloud = FakeCloud(settings)
    with cloud.transport() as transport:
        for section in (metastudio, metastudio_training, moderation, ams):
            section.run(settings, transport)
    return 0


if __name__ == "__main__":
    sys.exit(main())
