"""The SLS simulator: behaviour through the facade, in process and over real loopback HTTP, with faults."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from cloudprojects import aliyun_sls, errors, sim
from cloudprojects.aliyun_sls import ProjectAlreadyExistsError, ProjectNotFoundError, SignatureMismatchError
from cloudprojects.auth import AliyunSlsAuth, AliyunSlsV4Auth, WireRequest
from cloudprojects.sim import Fault, FaultKind
from codegen.providers import SPECS

ENDPOINT = "cn-hangzhou.log.aliyuncs.com"
SEED_PROJECT = "ali-project-test"
SEED_HOST = f"{SEED_PROJECT}.{ENDPOINT}"
SEED_REQUEST = json.loads((SPECS / "examples/aliyun_sls/update_project.request.json").read_text())
CREATED_AT = 1_524_222_931  # the spec example's createTime
SEED_TIME = 1_527_409_504  # Sun, 27 May 2018 08:25:04 GMT: the seed's Date
REQUEST_ID = re.compile(r"^[0-9A-F]{24}$")
NOT_FOUND = {"errorCode": "ProjectNotExist", "errorMessage": f"The Project does not exist: {SEED_PROJECT}"}


class Clock:
    """A settable clock shared by the simulator and the signer (so the seed's own Date can be signed)."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(CREATED_AT)


@pytest.fixture
def simulator(clock: Clock) -> sim.Simulator:
    return sim.create("aliyun_sls", seed=7, clock=clock)


def _auth(simulator: sim.Simulator, clock: Any, **overrides: str) -> AliyunSlsAuth:
    return AliyunSlsAuth(**{**simulator.credentials, **overrides}, clock=clock)


@pytest.fixture
def client(simulator: sim.Simulator, clock: Clock) -> Iterator[aliyun_sls.Client]:
    auth = _auth(simulator, clock)
    with aliyun_sls.Client(transport=sim.SimTransport(simulator), auth=auth, sleep=lambda _: None) as c:
        yield c


@pytest.fixture
def http(simulator: sim.Simulator, clock: Clock) -> Iterator[httpx.Client]:
    transport = sim.SimTransport(simulator)
    with httpx.Client(transport=transport, auth=_auth(simulator, clock), base_url=f"https://{ENDPOINT}") as h:
        yield h


def _error(response: httpx.Response, status: int, code: str) -> str:
    """Check an SLS error answer and return its message."""
    assert response.status_code == status, response.text
    assert response.json()["errorCode"] == code
    assert REQUEST_ID.match(response.headers["x-log-requestid"])
    assert response.headers["server"] == "nginx"
    message: str = response.json()["errorMessage"]
    return message


def test_lifecycle(client: aliyun_sls.Client, clock: Clock) -> None:
    client.projects.create("alpha-logs", description="first", data_redundancy_type="ZRS")
    client.projects.create("beta-logs", description="second", resource_group_id="rg-team", recycle_bin_enabled=True)
    assert [p.project_name for p in client.projects.list()] == ["alpha-logs", "beta-logs"]
    project = client.projects.get("alpha-logs")
    assert project.to_dict() == {
        "projectName": "alpha-logs",
        "description": "first",
        "status": "Normal",
        "owner": "1654218965343050",
        "region": "cn-hangzhou",
        "createTime": str(CREATED_AT),
        "lastModifyTime": str(CREATED_AT),
        "resourceGroupId": "rg-acfmsimdefault01",
        "dataRedundancyType": "ZRS",
        "recycleBinEnabled": False,
        "internetEndpoint": ENDPOINT,
        "internalEndpoint": "cn-hangzhou-intranet.log.aliyuncs.com",
    }
    clock.now += 60
    client.projects.update("beta-logs", description="changed", recycle_bin_enabled=False)
    beta = client.projects.get("beta-logs")
    assert (beta.description, beta.recycle_bin_enabled, beta.resource_group_id) == ("changed", False, "rg-team")
    assert (beta.create_time, beta.last_modify_time) == (str(CREATED_AT), str(CREATED_AT + 60))
    client.projects.delete("alpha-logs", force_delete=True)
    with pytest.raises(ProjectNotFoundError) as caught:
        client.projects.get("alpha-logs")
    assert (caught.value.status_code, caught.value.code) == (404, "ProjectNotExist")
    assert caught.value.request_id and REQUEST_ID.match(caught.value.request_id)
    assert [p.project_name for p in client.projects.list()] == ["beta-logs"]


def test_seed_update(client: aliyun_sls.Client, simulator: sim.Simulator, clock: Clock) -> None:
    client.projects.create(SEED_PROJECT, description="")
    clock.now = SEED_TIME
    client.projects.update(SEED_PROJECT, description=SEED_REQUEST["description"])
    update = simulator.requests[-1]
    assert (update.method, update.path, update.headers["host"]) == ("PUT", "/", SEED_HOST)
    assert update.headers["date"] == "Sun, 27 May 2018 08:25:04 GMT"
    assert json.loads(update.body) == SEED_REQUEST
    project = client.projects.get(SEED_PROJECT)
    assert project.description == "Description of my-project-test"
    assert (project.create_time, project.last_modify_time) == ("1524222931", "1527409504")


def test_seed_update_on_the_wire(http: httpx.Client) -> None:
    http.post("/", json={"projectName": SEED_PROJECT, "description": ""}).raise_for_status()
    response = http.put("/", json=SEED_REQUEST, headers={"Host": SEED_HOST})
    assert (response.status_code, response.content) == (200, b"")
    assert REQUEST_ID.match(response.headers["x-log-requestid"])
    assert response.headers["server"] == "nginx"


def test_duplicate_name_is_a_conflict(client: aliyun_sls.Client) -> None:
    client.projects.create(SEED_PROJECT, description="")
    with pytest.raises(ProjectAlreadyExistsError) as caught:
        client.projects.create(SEED_PROJECT, description="again")
    assert caught.value.status_code == 400
    assert caught.value.body == {
        "errorCode": "ProjectAlreadyExist",
        "errorMessage": f"Project {SEED_PROJECT} already exist.",
    }


def test_unknown_project_gets_the_seed_error(client: aliyun_sls.Client) -> None:
    for call in (
        lambda: client.projects.get(SEED_PROJECT),
        lambda: client.projects.update(SEED_PROJECT, description="x"),
        lambda: client.projects.delete(SEED_PROJECT),
    ):
        with pytest.raises(ProjectNotFoundError) as caught:
            call()
        assert (caught.value.status_code, caught.value.body) == (404, NOT_FOUND)


def test_pagination_over_many_pages(client: aliyun_sls.Client, simulator: sim.Simulator) -> None:
    for i in range(7):
        client.projects.create(f"p{i:03d}", description="even" if i % 2 == 0 else "odd")
    assert [p.project_name for p in client.projects.list(page_size=3)] == [f"p{i:03d}" for i in range(7)]
    assert [r.query for r in simulator.requests if r.method == "GET"] == [f"offset={o}&size=3" for o in (0, 3, 6)]
    assert [p.project_name for p in client.projects.list(description="EVEN", page_size=2)] == [
        "p000",
        "p002",
        "p004",
        "p006",
    ]
    assert [p.project_name for p in client.projects.list(project_name="05")] == ["p005"]
    assert list(client.projects.list(resource_group_id="rg-other")) == []
    assert all(p.quota.to_dict()["logstore"] == 200 for p in client.projects.list(fetch_quota=True))  # type: ignore[union-attr]


def test_projects_belong_to_their_region(client: aliyun_sls.Client, simulator: sim.Simulator, clock: Clock) -> None:
    client.projects.create(SEED_PROJECT, description="")
    transport = sim.SimTransport(simulator)
    auth = _auth(simulator, clock)
    with aliyun_sls.Client(endpoint="cn-shanghai.log.aliyuncs.com", transport=transport, auth=auth) as shanghai:
        assert list(shanghai.projects.list()) == []
        with pytest.raises(ProjectNotFoundError):
            shanghai.projects.get(SEED_PROJECT)
        with pytest.raises(ProjectAlreadyExistsError):
            shanghai.projects.create(SEED_PROJECT, description="names are unique across regions")
    with httpx.Client(transport=transport, auth=auth) as h:
        response = h.get(f"https://{SEED_PROJECT}.cn-shanghai.log.aliyuncs.com/", params={"crossRegion": "true"})
        assert response.json()["region"] == "cn-hangzhou"


def test_a_custom_endpoint_in_process(clock: Clock) -> None:
    simulator = sim.create("aliyun_sls", clock=clock, endpoint="sls.example.com:8443")
    auth = _auth(simulator, clock)
    transport = sim.SimTransport(simulator)
    with aliyun_sls.Client(endpoint="sls.example.com:8443", transport=transport, auth=auth) as c:
        c.projects.create(SEED_PROJECT, description="")
        c.projects.update(SEED_PROJECT, description=SEED_REQUEST["description"])
        assert c.projects.get(SEED_PROJECT).region == "cn-hangzhou"
    assert simulator.requests[-1].headers["host"] == f"{SEED_PROJECT}.sls.example.com:8443"


# --- signatures --------------------------------------------------------------------------------------------------


def _signed_client(simulator: sim.Simulator, auth: httpx.Auth) -> aliyun_sls.Client:
    return aliyun_sls.Client(transport=sim.SimTransport(simulator), auth=auth, max_retries=0)


@pytest.mark.parametrize(
    ("overrides", "skew", "error", "code", "reason"),
    [
        ({"access_key_secret": "wrong-secret"}, 0, SignatureMismatchError, "SignatureNotMatch", "signature_mismatch"),
        ({"access_key_id": "LTAI5tUnknownKey"}, 0, errors.AuthenticationError, "Unauthorized", "unknown_key"),
        ({}, -901, errors.BadRequestError, "RequestTimeExpired", "skewed"),
        ({}, +901, errors.BadRequestError, "RequestTimeExpired", "skewed"),
    ],
    ids=["wrong-secret", "unknown-key", "expired", "future"],
)
def test_bad_signatures_are_rejected(
    simulator: sim.Simulator,
    clock: Clock,
    overrides: dict[str, str],
    skew: float,
    error: type[errors.APIStatusError],
    code: str,
    reason: str,
) -> None:
    auth = _auth(simulator, lambda: clock.now + skew, **overrides)
    with _signed_client(simulator, auth) as c, pytest.raises(error) as caught:
        c.projects.get(SEED_PROJECT)
    assert caught.value.code == code
    assert f"({reason})" in caught.value.body["errorMessage"]


def test_requests_without_a_valid_signature_are_rejected(simulator: sim.Simulator, clock: Clock) -> None:
    with httpx.Client(transport=sim.SimTransport(simulator), base_url=f"https://{ENDPOINT}") as raw:
        assert "(missing)" in _error(raw.get("/"), 401, "Unauthorized")
        assert "(malformed)" in _error(raw.get("/", headers={"Authorization": "Bearer x"}), 401, "Unauthorized")
        body = json.dumps({"projectName": "abc", "description": ""}).encode()
        headers = {"Host": ENDPOINT, "Content-Type": "application/json"}
        signed = _auth(simulator, clock).sign_wire(WireRequest.build("POST", "/", headers, body)).headers
        tampered = body.replace(b"abc", b"xyz")
        response = raw.post("/", content=tampered, headers={**headers, **signed})
        assert "(digest_mismatch)" in _error(response, 401, "SignatureNotMatch")
    assert simulator.projects == {}  # type: ignore[attr-defined]


def test_signature_v4_is_accepted(simulator: sim.Simulator, clock: Clock) -> None:
    keys = simulator.credentials
    v4 = AliyunSlsV4Auth(keys["access_key_id"], keys["access_key_secret"], "cn-hangzhou", clock=clock)
    with _signed_client(simulator, v4) as c:
        c.projects.create(SEED_PROJECT, description="v4")
        assert c.projects.get(SEED_PROJECT).description == "v4"
    other = AliyunSlsV4Auth(keys["access_key_id"], keys["access_key_secret"], "cn-beijing", clock=clock)
    with _signed_client(simulator, other) as c, pytest.raises(errors.AuthenticationError) as caught:
        c.projects.get(SEED_PROJECT)
    assert "another region (malformed)" in caught.value.body["errorMessage"]


# --- server-side validation --------------------------------------------------------------------------------------


def test_the_server_validates_with_the_generated_models(http: httpx.Client) -> None:
    create = {"projectName": "ok-name", "description": ""}
    assert "projectName" in _error(http.post("/", json={**create, "projectName": "AB"}), 400, "ParameterInvalid")
    assert "resourceGroupId" in _error(
        http.post("/", json={**create, "resourceGroupId": None}), 400, "ParameterInvalid"
    )
    assert "extra" in _error(http.post("/", json={**create, "extra": 1}), 400, "ParameterInvalid")
    assert "recycleBinEnabled" in _error(
        http.post("/", json={**create, "recycleBinEnabled": "true"}), 400, "ParameterInvalid"
    )
    assert "dataRedundancyType" in _error(
        http.post("/", json={**create, "dataRedundancyType": "GRS"}), 400, "ParameterInvalid"
    )
    json_headers = {"Content-Type": "application/json"}
    bad_json = http.post("/", content=b"{not json", headers=json_headers)
    assert _error(bad_json, 400, "ParameterInvalid") == "The body is not valid json string."
    _error(http.post("/", content=b"", headers=json_headers), 400, "ParameterInvalid")
    _error(http.post("/", json=[create]), 400, "PostBodyInvalid")
    _error(http.post("/", content=b"x", headers={"Content-Type": "text/plain"}), 415, "InvalidContentType")
    _error(http.post("/", content=b"{}"), 400, "MissingContentType")
    assert "Parameter size is invalid" in _error(http.get("/", params={"size": 501}), 400, "ParameterInvalid")
    for query in ({"offset": -1}, {"size": "ten"}, {"offset": "1.5"}, {"fetchQuota": "yes"}):
        _error(http.get("/", params=query), 400, "ParameterInvalid")
    _error(http.get("/", headers={"x-log-apiversion": "0.5.0"}), 400, "InvalidAPIVersion")
    _error(http.get("/", headers={"x-log-bodyrawsize": "-1"}), 400, "InvalidBodyRawSize")
    assert http.post("/", json=create).status_code == 200
    project = {"Host": f"ok-name.{ENDPOINT}"}
    assert "description" in _error(http.put("/", json={}, headers=project), 400, "ParameterInvalid")
    _error(http.get("/", params={"crossRegion": "1"}, headers=project), 400, "ParameterInvalid")
    _error(http.delete("/", params={"forceDelete": "maybe"}, headers=project), 400, "ParameterInvalid")


def test_hosts_and_methods_are_checked(http: httpx.Client) -> None:
    for host in (f"ALI_PROJECT.{ENDPOINT}", "example.com", f"a.b.{ENDPOINT}", f"-bad-.{ENDPOINT}"):
        assert host in _error(http.get("/", headers={"Host": host}), 400, "InvalidHost")
    assert _error(http.patch("/"), 405, "MethodNotAllowed") and http.patch("/").headers["allow"] == "GET, POST"
    response = http.patch("/", json={}, headers={"Host": SEED_HOST})
    _error(response, 405, "MethodNotAllowed")
    assert response.headers["allow"] == "GET, POST, PUT, DELETE"
    _error(http.get("/logstores"), 404, "NotFound")


def test_create_on_the_project_host(http: httpx.Client, simulator: sim.Simulator) -> None:
    """aliyun-log-python-sdk sends CreateProject to ``{project}.{endpoint}``; the body must name that project."""
    body = {"projectName": SEED_PROJECT, "description": "from the project host"}
    assert http.post("/", json=body, headers={"Host": SEED_HOST}).status_code == 200
    assert http.get("/", headers={"Host": SEED_HOST}).json()["description"] == "from the project host"
    other = {"Host": f"other-project.{ENDPOINT}"}
    message = _error(
        http.post("/", json={**body, "projectName": "third-project"}, headers=other), 400, "ParameterInvalid"
    )
    assert "third-project" in message and "other-project" in message
    assert sorted(simulator.projects) == [SEED_PROJECT]  # type: ignore[attr-defined]
    _error(http.post("/", json=body, headers={"Host": SEED_HOST}), 400, "ProjectAlreadyExist")


async def test_async_in_process(simulator: sim.Simulator, clock: Clock) -> None:
    auth = _auth(simulator, clock)
    async with aliyun_sls.AsyncClient(transport=sim.AsyncSimTransport(simulator), auth=auth) as c:
        await c.projects.create("beta-logs", description="b")
        await c.projects.create("alpha-logs", description="a")
        assert [p.project_name async for p in c.projects.list(page_size=1)] == ["alpha-logs", "beta-logs"]
        await c.projects.update("alpha-logs", description=SEED_REQUEST["description"])
        assert (await c.projects.get("alpha-logs")).description == SEED_REQUEST["description"]
        await c.projects.delete("alpha-logs")


# --- faults ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [Fault(FaultKind.RATE_LIMIT), Fault(FaultKind.SERVER_ERROR), Fault(FaultKind.RESET), Fault(FaultKind.STALL)],
    ids=lambda f: f.kind.value,
)
def test_idempotent_call_recovers_from_one_fault(
    client: aliyun_sls.Client, simulator: sim.Simulator, fault: Fault
) -> None:
    client.projects.create(SEED_PROJECT, description="")
    simulator.faults.queue(fault)
    client.projects.update(SEED_PROJECT, description=SEED_REQUEST["description"])
    assert simulator.faults.injected == [fault]
    assert len(simulator.requests) == 3
    assert client.projects.get(SEED_PROJECT).description == SEED_REQUEST["description"]


@pytest.mark.parametrize(
    ("fault", "status", "body"),
    [
        (
            Fault(FaultKind.RATE_LIMIT),
            500,
            {"errorCode": "ServerBusy", "errorMessage": "The server is busy, please try again later."},
        ),
        (
            Fault(FaultKind.SERVER_ERROR, status=500),
            500,
            {"errorCode": "InternalServerError", "errorMessage": "Specified Server Error Message."},
        ),
    ],
    ids=["rate_limit", "server_error"],
)
def test_rejecting_faults_answer_sls_bodies(
    simulator: sim.Simulator, clock: Clock, fault: Fault, status: int, body: dict[str, str]
) -> None:
    simulator.faults.queue(fault)
    with _signed_client(simulator, _auth(simulator, clock)) as c, pytest.raises(errors.InternalServerError) as caught:
        c.projects.get(SEED_PROJECT)
    assert (caught.value.status_code, caught.value.body) == (status, body)
    assert "retry-after" not in caught.value.response.headers
    assert caught.value.request_id and REQUEST_ID.match(caught.value.request_id)


# --- over real HTTP on loopback ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def served() -> Iterator[sim.Served]:
    with sim.serve("aliyun_sls", seed=3) as s:
        with s.client() as c:
            c.projects.create(SEED_PROJECT, description="")
        yield s


def test_loopback_lifecycle_sync(served: sim.Served) -> None:
    assert served.client_kwargs()["endpoint"] == f"127.0.0.1:{served.port}"
    with served.client() as c:
        c.projects.create("over-http", description="sync")
        assert c.projects.get("over-http").region == served.simulator.region  # type: ignore[attr-defined]
        assert "over-http" in [p.project_name for p in c.projects.list(page_size=1)]
        c.projects.update("over-http", description=SEED_REQUEST["description"])
        c.projects.delete("over-http")
        with pytest.raises(ProjectNotFoundError):
            c.projects.get("over-http")
    hosts = {r.headers["host"] for r in served.simulator.requests}
    assert {f"127.0.0.1:{served.port}", f"over-http.127.0.0.1:{served.port}"} <= hosts


@pytest.mark.parametrize("region", ["cn-beijing", "xx-nowhere-9"])
def test_loopback_checks_the_v4_region(region: str) -> None:
    with sim.serve_simulator(sim.create("aliyun_sls", region=region)) as s:
        keys = s.simulator.credentials
        for signed_for, accepted in ((region, True), ("cn-hangzhou" if region != "cn-hangzhou" else "x", False)):
            v4 = AliyunSlsV4Auth(keys["access_key_id"], keys["access_key_secret"], signed_for)
            with s.client(auth=v4, max_retries=0) as c:
                if accepted:
                    c.projects.create("v4-region", description="")
                    assert c.projects.get("v4-region").region == region
                else:
                    with pytest.raises(errors.AuthenticationError) as caught:
                        c.projects.get("v4-region")
                    assert "another region (malformed)" in caught.value.body["errorMessage"]


async def test_loopback_lifecycle_async(served: sim.Served) -> None:
    async with served.async_client() as c:
        await c.projects.create("over-http-async", description="async")
        await c.projects.update("over-http-async", description="changed")
        assert (await c.projects.get("over-http-async")).description == "changed"
        await c.projects.delete("over-http-async")


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Fault(FaultKind.RESET), errors.APIConnectionError),
        (Fault(FaultKind.STALL, delay=1.0), errors.APITimeoutError),
        (Fault(FaultKind.TRUNCATED), errors.ResponseValidationError),
        (Fault(FaultKind.MALFORMED_JSON), errors.ResponseValidationError),
        (Fault(FaultKind.HTML_ERROR), errors.InternalServerError),
        (Fault(FaultKind.RATE_LIMIT), errors.InternalServerError),
        (Fault(FaultKind.SERVER_ERROR, status=500), errors.InternalServerError),
    ],
    ids=lambda v: v.kind.value if isinstance(v, Fault) else "",
)
def test_loopback_faults_end_in_a_typed_error_within_the_timeout(
    served: sim.Served, fault: Fault, error: type[errors.APIError]
) -> None:
    served.faults.queue(fault)
    started = time.monotonic()
    with served.client(timeout=0.3, max_retries=0) as c, pytest.raises(error):
        c.projects.get(SEED_PROJECT)
    assert time.monotonic() - started < 1.0


def test_loopback_retries_recover_from_faults(served: sim.Served) -> None:
    served.faults.queue(FaultKind.RESET, Fault(FaultKind.RATE_LIMIT))
    with served.client(timeout=2.0, sleep=lambda _: None) as c:
        assert c.projects.get(SEED_PROJECT).project_name == SEED_PROJECT
