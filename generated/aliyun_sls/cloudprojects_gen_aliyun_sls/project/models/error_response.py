"""The same as ``cloudprojects_gen_aliyun_sls.account.models.error_response``: generated once, re-exported here."""

from ...account.models.error_response import ErrorResponse as ErrorResponse
from ...account.models.error_response import T as T

__all__ = ["T", "ErrorResponse"]
