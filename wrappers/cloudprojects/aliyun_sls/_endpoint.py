"""Where SLS requests go: the region endpoint for account calls, ``{project}.{endpoint}`` for project calls."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

import httpx

from cloudprojects._core.redaction import mask_userinfo

SCHEMES = ("http", "https")


@dataclass(frozen=True)
class Endpoint:
    """An SLS endpoint (``host[:port]``, normalised) and the scheme to reach it with.

    ``direct`` is true for an IP address or ``localhost``: there is no DNS name per project, so project calls
    connect to the endpoint itself and name the project in the ``Host`` header, as the official SDK does.
    """

    scheme: str
    netloc: str
    direct: bool

    @classmethod
    def parse(cls, endpoint: str, scheme: str) -> Endpoint:
        """Check ``endpoint`` is a bare ``host[:port]`` and ``scheme`` is http or https; raise ValueError if not."""
        if scheme not in SCHEMES:
            raise ValueError(f"scheme must be one of {SCHEMES}, not {scheme!r}")
        try:
            url = httpx.URL(f"{scheme}://{endpoint}")
        except httpx.InvalidURL:
            raise ValueError(f"endpoint {mask_userinfo(endpoint)!r} is not a host name") from None
        netloc = url.netloc.decode("ascii")
        if (
            "/" in endpoint
            or not url.host
            or url.userinfo
            or url.path != "/"
            or url.query
            or url.fragment
            or "%" in netloc
            or (url.port is not None and url.port > 65535)
        ):
            raise ValueError(
                f"endpoint must be a host name with an optional port, such as 'cn-hangzhou.log.aliyuncs.com'"
                f" or '127.0.0.1:8080', not {mask_userinfo(endpoint)!r} (give the scheme as scheme=)"
            )
        return cls(scheme, netloc, _is_direct(url.host))

    @property
    def account_url(self) -> str:
        """``{scheme}://{endpoint}``: ListProject and CreateProject."""
        return f"{self.scheme}://{self.netloc}"

    def project_host(self, project: str) -> str:
        """``{project}.{endpoint}``: the Host every project-scoped request names (and V4 signs)."""
        return f"{project}.{self.netloc}"

    def project_url(self, project: str) -> str:
        """The absolute URL of a project-scoped call: the project host, or the endpoint itself when direct."""
        return f"{self.scheme}://{self.netloc if self.direct else self.project_host(project)}/"

    def project_headers(self, project: str) -> dict[str, str] | None:
        """``{"Host": "{project}.{endpoint}"}`` when connecting directly; None when the URL already names it."""
        return {"Host": self.project_host(project)} if self.direct else None


def _is_direct(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
