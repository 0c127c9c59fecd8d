"""The same as ``cloudprojects_gen_aliyun_sls.account.types``: generated once, re-exported here."""

from ..account.types import UNSET as UNSET
from ..account.types import File as File
from ..account.types import FileContent as FileContent
from ..account.types import FileTypes as FileTypes
from ..account.types import RequestFiles as RequestFiles
from ..account.types import Response as Response
from ..account.types import T as T
from ..account.types import Unset as Unset
from ..account.types import http_status as http_status

__all__ = ["Unset", "UNSET", "FileContent", "FileTypes", "RequestFiles", "File", "T", "http_status", "Response"]
