"""One policy for all six auth classes (issue 11, point 13): no secret in ``vars()``, ``repr`` or a pickle;
pickling refuses with a TypeError that says why; copies are the same object and still sign."""

from __future__ import annotations

import copy
import multiprocessing.reduction
import pickle
from collections.abc import Callable

import httpx
import pytest
from hostile_tally import tally

from cloudprojects.auth import AliyunSlsAuth, AliyunSlsV4Auth, ApiKeyAuth, BceAuth, BearerAuth, NcpApiGatewayAuth
from cloudprojects.auth._aliyun_sls import SlsV1Signer
from cloudprojects.auth._aliyun_sls_v4 import SlsV4Signer
from cloudprojects.auth._bce import BceSigner
from cloudprojects.auth._ncp import NcpSigner

KEY_ID = "LTAI5tDistinctiveKeyId"
SECRET = "Distinctive-Secret-7f3a9c"
TOKEN = "Distinctive-Token-41be0d"

FACTORIES: dict[str, Callable[[], httpx.Auth]] = {
    "AliyunSlsAuth": lambda: AliyunSlsAuth(KEY_ID, SECRET, TOKEN),
    "AliyunSlsV4Auth": lambda: AliyunSlsV4Auth(KEY_ID, SECRET, "cn-hangzhou", TOKEN),
    "BceAuth": lambda: BceAuth(KEY_ID, SECRET, security_token=TOKEN),
    "NcpApiGatewayAuth": lambda: NcpApiGatewayAuth(KEY_ID, SECRET),
    "ApiKeyAuth": lambda: ApiKeyAuth(SECRET),
    "BearerAuth": lambda: BearerAuth(SECRET),
}
SIGNERS: dict[str, Callable[[], object]] = {
    "SlsV1Signer": lambda: SlsV1Signer(KEY_ID, SECRET, TOKEN),
    "SlsV4Signer": lambda: SlsV4Signer(KEY_ID, SECRET, "cn-hangzhou", TOKEN),
    "BceSigner": lambda: BceSigner(KEY_ID, SECRET),
    "NcpSigner": lambda: NcpSigner(KEY_ID, SECRET),
}
ALL = {**FACTORIES, **SIGNERS}


@pytest.mark.parametrize("name", sorted(ALL))
@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickling_refuses_with_a_clear_type_error(name: str, protocol: int) -> None:
    tally("auth: pickling refused")
    with pytest.raises(TypeError, match=f"{name} holds credentials and cannot be pickled") as caught:
        pickle.dumps(ALL[name](), protocol=protocol)
    assert SECRET not in str(caught.value) and TOKEN not in str(caught.value)


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_multiprocessing_cannot_ship_an_auth_object(name: str) -> None:
    tally("auth: pickling refused")
    with pytest.raises(TypeError, match="cannot be pickled"):
        multiprocessing.reduction.ForkingPickler.dumps(FACTORIES[name]())


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_no_secret_in_vars_or_repr(name: str) -> None:
    tally("auth: no secret in vars/repr")
    auth = FACTORIES[name]()
    shown = f"{vars(auth)!r} {auth!r} {auth!s} {dir(auth)!r}"
    assert SECRET not in shown and TOKEN not in shown


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_copies_are_the_object_itself_and_still_sign(name: str) -> None:
    auth = FACTORIES[name]()
    assert copy.copy(auth) is auth
    assert copy.deepcopy(auth) is auth
    assert copy.deepcopy({"auth": auth})["auth"] is auth
    request = httpx.Request("GET", "https://example.com/x", headers={"host": "example.com"})
    signed = next(copy.deepcopy(auth).auth_flow(request))
    assert signed.headers.get("authorization") or signed.headers.get("x-ncp-apigw-signature-v2")
