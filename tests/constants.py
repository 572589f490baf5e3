"""Values the tests share: the project the fake is called with and the in-process base URLs."""

PROJECT_ID = "0123456789abcdef0123456789abcdef"
METASTUDIO_URL = "https://metastudio.fake"
MODERATION_URL = "https://moderation.fake"
AMS_URL = "https://ams.fake"
