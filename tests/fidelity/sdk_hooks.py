"""The one place where official SDKs are bent to reach a simulator on a loopback port.

Every hook is private SDK API, named and explained here so that an SDK upgrade breaks one module:

- aliyun-log-python-sdk: ``LogClient`` connects straight to the endpoint (``Host`` still naming
  ``{project}.{endpoint}``) only when the endpoint is a bare IPv4 address without a port
  (``Util.is_row_ip``); otherwise it resolves ``{project}.{endpoint}`` in DNS. We construct it on
  ``127.0.0.1`` and then call its private ``_setendpoint`` with the port, as its constructor does.
- bce-python-sdk: nothing private is needed (``endpoint`` takes ``http://host:port``), but its BLS client
  has no project API, so project calls go through ``bce_http_client.send_request`` with
  ``bce_v1_signer.sign`` and a response handler chain, exactly as ``BlsClient._send_request`` does.
- gcore: no hook (``base_url`` is public).
"""

from __future__ import annotations

import json
from typing import Any

from aliyun.log import LogClient
from baidubce.auth import bce_v1_signer  # type: ignore[import-untyped]
from baidubce.auth.bce_credentials import BceCredentials  # type: ignore[import-untyped]
from baidubce.bce_client_configuration import BceClientConfiguration  # type: ignore[import-untyped]
from baidubce.http import bce_http_client, handler  # type: ignore[import-untyped]
from baidubce.services.bls import bls_handler  # type: ignore[import-untyped]
from baidubce.services.bls.bls_client import BlsClient  # type: ignore[import-untyped]

from cloudprojects.sim import Endpoint

BCE_HANDLERS = {
    "bls_handler": [bls_handler.parse_error, handler.parse_json],
    "generic": [handler.parse_error, handler.parse_json],
}


def sls_log_client(served: Endpoint, *, auth_version: str = "v1", region: str = "", secret: str | None = None) -> Any:
    """A ``LogClient`` (v1 or v4) talking to the SLS simulator on loopback."""
    keys = served.simulator.credentials
    client = LogClient(
        served.host,
        keys["access_key_id"],
        keys["access_key_secret"] if secret is None else secret,
        auth_version=auth_version,
        region=region,
    )
    client._setendpoint(f"{served.host}:{served.port}")  # private: see the module docstring
    return client


class BlsProjects:
    """BLS project calls the way ``BlsClient._send_request`` makes them (signer, retry policy, handlers)."""

    def __init__(self, served: Endpoint, *, handlers: str = "bls_handler", secret: str | None = None) -> None:
        keys = served.simulator.credentials
        credentials = BceCredentials(keys["access_key_id"], keys["secret_access_key"] if secret is None else secret)
        configuration = BceClientConfiguration(credentials=credentials, endpoint=served.url.encode())
        self.config = BlsClient(configuration).config
        self.handlers = BCE_HANDLERS[handlers]

    def send(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        """Send one signed request; returns the SDK's ``BceResponse`` or raises ``BceHttpClientError``."""
        headers = {b"content-type": b"application/json;charset=UTF-8"}
        return bce_http_client.send_request(
            self.config,
            bce_v1_signer.sign,
            self.handlers,
            method.encode(),
            path.encode(),
            None if body is None else json.dumps(body),
            headers,
            {},
        )
