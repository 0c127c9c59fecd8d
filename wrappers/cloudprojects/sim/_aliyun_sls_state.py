"""SLS simulator state: project records, the test account, and which project (if any) a ``Host`` names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

ACCESS_KEY_ID = "LTAI5tSimulatorKey0001"
ACCESS_KEY_SECRET = "sim-sls-Secret-3f9c1e7a"
API_VERSION = "0.6.0"
OWNER = "1654218965343050"
DEFAULT_RESOURCE_GROUP = "rg-acfmsimdefault01"
DEFAULT_REGION = "cn-hangzhou"
QUOTA = {"logstore": 200, "machineGroup": 200, "config": 200, "dashboard": 100, "savedSearch": 100}

REGION_ENDPOINT = re.compile(
    r"(?P<region>[a-z0-9]+(?:-[a-z0-9]+)*?)(?P<kind>-intranet|-share)?\.(?:log|sls)\.aliyuncs\.com(?::\d{1,5})?"
)
DIRECT_ENDPOINT = re.compile(r"(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:.]+\])(?::\d{1,5})?")


@dataclass(frozen=True)
class Scope:
    """What a ``Host`` addresses: the endpoint (``project`` None) or one project on it, and the endpoint's region.

    ``aliyun`` is true for a real SLS region endpoint (``*.log.aliyuncs.com``, its region read from the name);
    false for the simulator's own, IP and ``localhost`` endpoints, whose region is the simulator's setting.
    """

    host: str
    endpoint: str
    project: str | None
    region: str
    aliyun: bool


def scope_of(host: str, bound: str | None, own_region: str = DEFAULT_REGION) -> Scope | None:
    """Split ``host`` into project label and endpoint; None when it is neither an endpoint nor ``label.endpoint``.

    An endpoint is ``bound`` (the simulator's own ``host:port``), an SLS region endpoint, or an IP/localhost;
    the latter two are in ``own_region``.
    """

    def region(netloc: str) -> tuple[str, bool] | None:
        if netloc == bound or DIRECT_ENDPOINT.fullmatch(netloc):
            return own_region, False
        match = REGION_ENDPOINT.fullmatch(netloc)
        return (match["region"], True) if match else None

    found = region(host)
    if found is not None:
        return Scope(host, host, None, *found)
    label, dot, rest = host.partition(".")
    found = region(rest) if dot else None
    return Scope(host, rest, label, *found) if found is not None else None


def endpoints(scope: Scope) -> dict[str, str]:
    """``internetEndpoint`` / ``internalEndpoint`` of a project, as newer backends report them."""
    if not scope.aliyun:
        return {"internetEndpoint": scope.endpoint}
    return {
        "internetEndpoint": f"{scope.region}.log.aliyuncs.com",
        "internalEndpoint": f"{scope.region}-intranet.log.aliyuncs.com",
    }


@dataclass
class Record:
    """One project; times are epoch seconds."""

    name: str
    description: str
    region: str
    created: int
    modified: int
    resource_group: str
    redundancy: str
    recycle_bin: bool
    endpoints: dict[str, str]

    def wire(self, *, quota: bool = False) -> dict[str, Any]:
        """The ``Project`` JSON of GetProject and ListProject."""
        body: dict[str, Any] = {
            "projectName": self.name,
            "description": self.description,
            "status": "Normal",
            "owner": OWNER,
            "region": self.region,
            "createTime": str(self.created),
            "lastModifyTime": str(self.modified),
            "resourceGroupId": self.resource_group,
            "dataRedundancyType": self.redundancy,
            "recycleBinEnabled": self.recycle_bin,
            **self.endpoints,
        }
        if quota:
            body["quota"] = dict(QUOTA)
        return body
