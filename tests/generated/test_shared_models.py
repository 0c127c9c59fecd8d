"""A schema several spec documents of one provider share is generated once: SLS ``list`` and ``get`` give one class."""

from __future__ import annotations

import inspect

from cloudprojects_gen_aliyun_sls.account import models as account_models
from cloudprojects_gen_aliyun_sls.account import types as account_types
from cloudprojects_gen_aliyun_sls.project import models as project_models
from cloudprojects_gen_aliyun_sls.project import types as project_types
from cloudprojects_gen_aliyun_sls.project.api.projects import get_project

from cloudprojects import aliyun_sls, sim


def test_sls_documents_share_project_and_unset() -> None:
    assert project_models.Project is account_models.Project
    assert project_models.ProjectQuota is account_models.ProjectQuota
    assert project_types.UNSET is account_types.UNSET
    assert "Project" in inspect.getsource(get_project)  # the operation parses with the shared class


def test_list_and_get_return_the_same_class() -> None:
    simulator = sim.create("aliyun_sls", seed=3)
    client = aliyun_sls.Client(
        endpoint="cn-hangzhou.log.aliyuncs.com", transport=sim.SimTransport(simulator), **simulator.credentials
    )
    with client:
        client.projects.create("shared-model", description="one class")
        (listed,) = [p for p in client.projects.list() if p.project_name == "shared-model"]
        fetched = client.projects.get("shared-model")
    assert type(listed) is type(fetched) is account_models.Project
    assert fetched.to_dict() == listed.to_dict()
