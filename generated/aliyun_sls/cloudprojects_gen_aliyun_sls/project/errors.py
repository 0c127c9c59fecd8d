"""The same as ``cloudprojects_gen_aliyun_sls.account.errors``: generated once, re-exported here."""

from ..account.errors import UnexpectedResponseBody as UnexpectedResponseBody
from ..account.errors import UnexpectedStatus as UnexpectedStatus

__all__ = ["UnexpectedStatus", "UnexpectedResponseBody"]
