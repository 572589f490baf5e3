"""What the Huawei Cloud services of the fake share: the API gateway's auth check and error bodies."""
