"""Every argument of every facade operation, tied to the spec schema that governs it.

Each :class:`Argument` names the facade method (on ``client.projects`` unless it says ``tasks.``) and Python
argument, the spec field the ValidationError must name, where the spec declares it (spec, operation, location,
name), and how to call the method on a client with a value for it (the other arguments valid). :data:`INTERNAL`
lists the spec inputs no facade argument maps to (page cursors the iterators own). A test checks the table covers
every input of every operation of every spec.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from cloudprojects._core.refs import resolve
from cloudprojects._core.validation import input_schema, load_spec

PACKAGES = {
    "aliyun_sls": "cloudprojects_gen_aliyun_sls",
    "aliyun_sls_project": "cloudprojects_gen_aliyun_sls",
    "microvisualizer": "cloudprojects_gen_microvisualizer",
    "baidu_bls": "cloudprojects_gen_baidu_bls",
    "gcore_cloud": "cloudprojects_gen_gcore_cloud",
    "ncp_media_intelligence": "cloudprojects_gen_ncp_media_intelligence",
}
SLS_PROJECT, MV_ID, BLS_UUID, WS = "ali-project-test", "my-project-a1b2c", "276c6cce-0350-4719-856d-ba675fa52c06", "ws"
Call = Callable[[Any, Any], Any]


@dataclass(frozen=True)
class Argument:
    """One facade argument and the spec input behind it."""

    provider: str
    method: str
    argument: str
    field: str
    spec: str
    operation_id: str
    location: str
    name: str
    call: Call
    accepts: Callable[[Any], bool] = lambda _value: False
    """Values the facade takes although the spec's schema would not (it converts them first)."""

    @property
    def id(self) -> str:
        return f"{self.provider}.{self.method}({self.argument})"

    def schema(self) -> dict[str, Any]:
        """The input's schema, with the operation's whole input schema as the root for ``$ref``."""
        root = input_schema(load_spec(PACKAGES[self.spec], self.spec), self.operation_id)
        group = root["properties"][self.location]
        node = resolve(root, group)
        return {**resolve(root, node["properties"][self.name]), "components": root["components"]}


def _a(
    provider: str,
    method: str,
    argument: str,
    where: tuple[str, str, str, str],
    call: Call,
    field: str = "",
    accepts: Callable[[Any], bool] | None = None,
) -> Argument:
    spec, operation_id, location, name = where
    argument_ = Argument(provider, method, argument, field or name, spec, operation_id, location, name, call)
    return argument_ if accepts is None else replace(argument_, accepts=accepts)


def _int64_id(value: Any) -> bool:
    """NCP takes a project id as an int too (the ``projectId`` of bodies), sent as its digits."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63


SLS_LIST = ("aliyun_sls", "list_projects", "query")
SLS_CREATE = ("aliyun_sls", "create_project", "body")
MV_LIST = ("microvisualizer", "list_projects", "query")
BLS_LIST = ("baidu_bls", "list_projects", "body")
GC_LIST = ("gcore_cloud", "list_projects", "query")


def _ncp(operation_id: str, location: str, name: str) -> tuple[str, str, str, str]:
    return ("ncp_media_intelligence", operation_id, location, name)


ARGUMENTS: list[Argument] = [
    # Alibaba Cloud SLS
    _a("aliyun_sls", "list", "project_name", (*SLS_LIST, "projectName"), lambda c, v: c.projects.list(project_name=v)),
    _a("aliyun_sls", "list", "description", (*SLS_LIST, "description"), lambda c, v: c.projects.list(description=v)),
    _a(
        "aliyun_sls",
        "list",
        "resource_group_id",
        (*SLS_LIST, "resourceGroupId"),
        lambda c, v: c.projects.list(resource_group_id=v),
    ),
    _a("aliyun_sls", "list", "fetch_quota", (*SLS_LIST, "fetchQuota"), lambda c, v: c.projects.list(fetch_quota=v)),
    _a("aliyun_sls", "list", "page_size", (*SLS_LIST, "size"), lambda c, v: c.projects.list(page_size=v)),
    _a(
        "aliyun_sls",
        "create",
        "project_name",
        (*SLS_CREATE, "projectName"),
        lambda c, v: c.projects.create(v, description=""),
    ),
    _a(
        "aliyun_sls",
        "create",
        "description",
        (*SLS_CREATE, "description"),
        lambda c, v: c.projects.create(SLS_PROJECT, description=v),
    ),
    _a(
        "aliyun_sls",
        "create",
        "resource_group_id",
        (*SLS_CREATE, "resourceGroupId"),
        lambda c, v: c.projects.create(SLS_PROJECT, description="", resource_group_id=v),
    ),
    _a(
        "aliyun_sls",
        "create",
        "data_redundancy_type",
        (*SLS_CREATE, "dataRedundancyType"),
        lambda c, v: c.projects.create(SLS_PROJECT, description="", data_redundancy_type=v),
    ),
    _a(
        "aliyun_sls",
        "create",
        "recycle_bin_enabled",
        (*SLS_CREATE, "recycleBinEnabled"),
        lambda c, v: c.projects.create(SLS_PROJECT, description="", recycle_bin_enabled=v),
    ),
    _a("aliyun_sls", "get", "project", (*SLS_CREATE, "projectName"), lambda c, v: c.projects.get(v), field="project"),
    _a(
        "aliyun_sls",
        "update",
        "project",
        (*SLS_CREATE, "projectName"),
        lambda c, v: c.projects.update(v, description=""),
        field="project",
    ),
    _a(
        "aliyun_sls",
        "update",
        "description",
        ("aliyun_sls_project", "update_project", "body", "description"),
        lambda c, v: c.projects.update(SLS_PROJECT, description=v),
    ),
    _a(
        "aliyun_sls",
        "update",
        "recycle_bin_enabled",
        ("aliyun_sls_project", "update_project", "body", "recycleBinEnabled"),
        lambda c, v: c.projects.update(SLS_PROJECT, description="", recycle_bin_enabled=v),
    ),
    _a(
        "aliyun_sls",
        "delete",
        "project",
        (*SLS_CREATE, "projectName"),
        lambda c, v: c.projects.delete(v),
        field="project",
    ),
    _a(
        "aliyun_sls",
        "delete",
        "force_delete",
        ("aliyun_sls_project", "delete_project", "query", "forceDelete"),
        lambda c, v: c.projects.delete(SLS_PROJECT, force_delete=v),
    ),
    # MicroVisualizer
    _a("microvisualizer", "list", "pinned", (*MV_LIST, "pinned"), lambda c, v: c.projects.list(pinned=v)),
    _a("microvisualizer", "list", "archived", (*MV_LIST, "archived"), lambda c, v: c.projects.list(archived=v)),
    _a("microvisualizer", "list", "created_by", (*MV_LIST, "createdBy"), lambda c, v: c.projects.list(created_by=v)),
    _a("microvisualizer", "list", "query", (*MV_LIST, "query"), lambda c, v: c.projects.list(query=v)),
    _a("microvisualizer", "list", "page_size", (*MV_LIST, "size"), lambda c, v: c.projects.list(page_size=v)),
    _a(
        "microvisualizer",
        "create",
        "name",
        ("microvisualizer", "create_project", "body", "name"),
        lambda c, v: c.projects.create(name=v, description=""),
    ),
    _a(
        "microvisualizer",
        "create",
        "description",
        ("microvisualizer", "create_project", "body", "description"),
        lambda c, v: c.projects.create(name="Payments", description=v),
    ),
    _a(
        "microvisualizer",
        "get",
        "project_id",
        ("microvisualizer", "get_project", "path", "projectId"),
        lambda c, v: c.projects.get(v),
    ),
    _a(
        "microvisualizer",
        "update",
        "project_id",
        ("microvisualizer", "update_project", "path", "projectId"),
        lambda c, v: c.projects.update(v, archived=True),
    ),
    _a(
        "microvisualizer",
        "update",
        "name",
        ("microvisualizer", "update_project", "body", "name"),
        lambda c, v: c.projects.update(MV_ID, name=v),
    ),
    _a(
        "microvisualizer",
        "update",
        "description",
        ("microvisualizer", "update_project", "body", "description"),
        lambda c, v: c.projects.update(MV_ID, description=v),
    ),
    _a(
        "microvisualizer",
        "update",
        "archived",
        ("microvisualizer", "update_project", "body", "archived"),
        lambda c, v: c.projects.update(MV_ID, archived=v),
    ),
    _a(
        "microvisualizer",
        "delete",
        "project_id",
        ("microvisualizer", "delete_project", "path", "projectId"),
        lambda c, v: c.projects.delete(v),
    ),
    _a(
        "microvisualizer",
        "duplicate",
        "project_id",
        ("microvisualizer", "duplicate_project", "path", "projectId"),
        lambda c, v: c.projects.duplicate(v),
    ),
    _a(
        "microvisualizer",
        "duplicate",
        "name",
        ("microvisualizer", "duplicate_project", "body", "name"),
        lambda c, v: c.projects.duplicate(MV_ID, name=v),
    ),
    _a(
        "microvisualizer",
        "pin",
        "project_id",
        ("microvisualizer", "pin_project", "body", "projectId"),
        lambda c, v: c.projects.pin(v),
    ),
    _a(
        "microvisualizer",
        "unpin",
        "project_id",
        ("microvisualizer", "unpin_project", "path", "projectId"),
        lambda c, v: c.projects.unpin(v),
    ),
    # Baidu AI Cloud BLS
    _a("baidu_bls", "list", "name", (*BLS_LIST, "name"), lambda c, v: c.projects.list(name=v)),
    _a("baidu_bls", "list", "description", (*BLS_LIST, "description"), lambda c, v: c.projects.list(description=v)),
    _a("baidu_bls", "list", "order_by", (*BLS_LIST, "orderBy"), lambda c, v: c.projects.list(order_by=v)),
    _a("baidu_bls", "list", "order", (*BLS_LIST, "order"), lambda c, v: c.projects.list(order=v)),
    _a("baidu_bls", "list", "page_size", (*BLS_LIST, "pageSize"), lambda c, v: c.projects.list(page_size=v)),
    _a(
        "baidu_bls",
        "create",
        "name",
        ("baidu_bls", "create_project", "body", "name"),
        lambda c, v: c.projects.create(name=v),
    ),
    _a(
        "baidu_bls",
        "create",
        "description",
        ("baidu_bls", "create_project", "body", "description"),
        lambda c, v: c.projects.create(name="demo", description=v),
    ),
    _a("baidu_bls", "get", "uuid", ("baidu_bls", "get_project", "path", "uuid"), lambda c, v: c.projects.get(v)),
    _a(
        "baidu_bls",
        "update",
        "uuid",
        ("baidu_bls", "update_project", "body", "uuid"),
        lambda c, v: c.projects.update(v, top=True),
    ),
    _a(
        "baidu_bls",
        "update",
        "description",
        ("baidu_bls", "update_project", "body", "description"),
        lambda c, v: c.projects.update(BLS_UUID, description=v),
    ),
    _a(
        "baidu_bls",
        "update",
        "top",
        ("baidu_bls", "update_project", "body", "top"),
        lambda c, v: c.projects.update(BLS_UUID, top=v),
    ),
    _a(
        "baidu_bls",
        "delete",
        "uuid",
        ("baidu_bls", "delete_project", "path", "uuid"),
        lambda c, v: c.projects.delete(v),
    ),
    # Gcore Cloud
    _a("gcore_cloud", "list", "name", (*GC_LIST, "name"), lambda c, v: c.projects.list(name=v)),
    _a(
        "gcore_cloud",
        "list",
        "include_deleted",
        (*GC_LIST, "include_deleted"),
        lambda c, v: c.projects.list(include_deleted=v),
    ),
    _a("gcore_cloud", "list", "order_by", (*GC_LIST, "order_by"), lambda c, v: c.projects.list(order_by=v)),
    _a("gcore_cloud", "list", "client_id", (*GC_LIST, "client_id"), lambda c, v: c.projects.list(client_id=v)),
    _a("gcore_cloud", "list", "page_size", (*GC_LIST, "limit"), lambda c, v: c.projects.list(page_size=v)),
    _a(
        "gcore_cloud",
        "create",
        "name",
        ("gcore_cloud", "create_project", "body", "name"),
        lambda c, v: c.projects.create(name=v),
    ),
    _a(
        "gcore_cloud",
        "create",
        "description",
        ("gcore_cloud", "create_project", "body", "description"),
        lambda c, v: c.projects.create(name="New Project", description=v),
    ),
    _a(
        "gcore_cloud",
        "get",
        "project_id",
        ("gcore_cloud", "get_project", "path", "project_id"),
        lambda c, v: c.projects.get(v),
    ),
    _a(
        "gcore_cloud",
        "update",
        "project_id",
        ("gcore_cloud", "update_project", "path", "project_id"),
        lambda c, v: c.projects.update(v, name="New Project"),
    ),
    _a(
        "gcore_cloud",
        "update",
        "name",
        ("gcore_cloud", "update_project", "body", "name"),
        lambda c, v: c.projects.update(1, name=v),
    ),
    _a(
        "gcore_cloud",
        "update",
        "description",
        ("gcore_cloud", "update_project", "body", "description"),
        lambda c, v: c.projects.update(1, description=v),
    ),
    _a(
        "gcore_cloud",
        "replace",
        "project_id",
        ("gcore_cloud", "replace_project", "path", "project_id"),
        lambda c, v: c.projects.replace(v, name="New Project"),
    ),
    _a(
        "gcore_cloud",
        "replace",
        "name",
        ("gcore_cloud", "replace_project", "body", "name"),
        lambda c, v: c.projects.replace(1, name=v),
    ),
    _a(
        "gcore_cloud",
        "replace",
        "description",
        ("gcore_cloud", "replace_project", "body", "description"),
        lambda c, v: c.projects.replace(1, name="New Project", description=v),
    ),
    _a(
        "gcore_cloud",
        "delete",
        "project_id",
        ("gcore_cloud", "delete_project", "path", "project_id"),
        lambda c, v: c.projects.delete(v),
    ),
    _a(
        "gcore_cloud",
        "tasks.get",
        "task_id",
        ("gcore_cloud", "get_task", "path", "task_id"),
        lambda c, v: c.tasks.get(v),
    ),
    _a(
        "gcore_cloud",
        "tasks.wait",
        "task_ids",
        ("gcore_cloud", "get_task", "path", "task_id"),
        lambda c, v: c.tasks.wait([v]),
    ),
    # NAVER Cloud Media Intelligence
    _a(
        "ncp_media_intelligence",
        "list",
        "workspace_name",
        _ncp("list_projects", "path", "workspace_name"),
        lambda c, v: c.projects.list(v),
    ),
    _a(
        "ncp_media_intelligence",
        "create",
        "workspace_name",
        _ncp("create_project", "path", "workspace_name"),
        lambda c, v: c.projects.create(v, name="alpha"),
    ),
    _a(
        "ncp_media_intelligence",
        "create",
        "name",
        _ncp("create_project", "body", "name"),
        lambda c, v: c.projects.create(WS, name=v),
    ),
    _a(
        "ncp_media_intelligence",
        "get",
        "workspace_name",
        _ncp("get_project", "path", "workspace_name"),
        lambda c, v: c.projects.get(v, "1234"),
    ),
    _a(
        "ncp_media_intelligence",
        "get",
        "project_id",
        _ncp("get_project", "path", "project_id"),
        lambda c, v: c.projects.get(WS, v),
        accepts=_int64_id,
    ),
    _a(
        "ncp_media_intelligence",
        "update",
        "workspace_name",
        _ncp("update_project", "path", "workspace_name"),
        lambda c, v: c.projects.update(v, "1234", name="beta"),
    ),
    _a(
        "ncp_media_intelligence",
        "update",
        "project_id",
        _ncp("update_project", "path", "project_id"),
        lambda c, v: c.projects.update(WS, v, name="beta"),
        accepts=_int64_id,
    ),
    _a(
        "ncp_media_intelligence",
        "update",
        "name",
        _ncp("update_project", "body", "name"),
        lambda c, v: c.projects.update(WS, "1234", name=v),
    ),
    _a(
        "ncp_media_intelligence",
        "delete",
        "workspace_name",
        _ncp("delete_project", "path", "workspace_name"),
        lambda c, v: c.projects.delete(v, "1234"),
    ),
    _a(
        "ncp_media_intelligence",
        "delete",
        "project_id",
        _ncp("delete_project", "path", "project_id"),
        lambda c, v: c.projects.delete(WS, v),
        accepts=_int64_id,
    ),
]

INTERNAL = {
    ("aliyun_sls", "list_projects", "query", "offset"): "the iterator's cursor",
    ("microvisualizer", "list_projects", "query", "page"): "the iterator's cursor",
    ("baidu_bls", "list_projects", "body", "pageNo"): "the iterator's cursor",
    ("gcore_cloud", "list_projects", "query", "offset"): "the iterator's cursor",
    ("aliyun_sls_project", "get_project", "query", "crossRegion"): "not offered by the facade's get",
    ("microvisualizer", "pin_project", "body", "pinnedAt"): "not offered by the facade's pin",
}
"""Spec inputs that no facade argument carries, and why."""


def spec_inputs() -> set[tuple[str, str, str, str]]:
    """Every (spec, operation, location, name) input of every operation of every spec."""
    found: set[tuple[str, str, str, str]] = set()
    for spec, package in PACKAGES.items():
        document = load_spec(package, spec)
        for item in document["paths"].values():
            for operation in item.values():
                if not isinstance(operation, dict) or "operationId" not in operation:
                    continue
                root = input_schema(document, operation["operationId"])
                for location, group in root["properties"].items():
                    for name in resolve(root, group).get("properties", {}):
                        found.add((spec, operation["operationId"], location, name))
    return found
