"""``client.tasks`` for Gcore Cloud: read an asynchronous task (``GET /cloud/v1/tasks/{task_id}``) and wait for
tasks to finish, e.g. the ones a project deletion answers with."""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, cast

import httpx

from cloudprojects._core.call import Call
from cloudprojects._core.options import NOT_GIVEN, NotGiven
from cloudprojects.errors import ValidationError
from cloudprojects_gen_gcore_cloud.api.tasks import get_task
from cloudprojects_gen_gcore_cloud.models import Task

from ._calls import VALIDATOR

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

FINISHED = "FINISHED"
FAILED = "ERROR"
DONE_STATES = frozenset({FINISHED, FAILED})
DEFAULT_WAIT_TIMEOUT = 300.0
DEFAULT_POLL_INTERVAL = 1.0


def _get_call(task_id: str) -> Call:
    VALIDATOR.validate("get_task", path={"task_id": task_id})
    return Call("get_task", get_task._get_kwargs(task_id), get_task._build_response)


def _ids(task_ids: str | Iterable[str]) -> list[str]:
    if isinstance(task_ids, str):
        ids = [task_ids]
    elif isinstance(task_ids, bytes | bytearray) or not isinstance(task_ids, Iterable):
        raise ValidationError("task_ids", f"{type(task_ids).__name__} is not a task id or a list of them", "type")
    else:
        ids = list(task_ids)
    for task_id in ids:
        VALIDATOR.validate("get_task", path={"task_id": task_id})
    return ids


def _check_wait_arguments(timeout: float, poll_interval: float) -> None:
    for name, value in (("timeout", timeout), ("poll_interval", poll_interval)):
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise ValueError(f"{name} must be a finite number of seconds, not {value!r}")
    if timeout <= 0 or poll_interval <= 0:
        raise ValueError("timeout and poll_interval must be positive numbers of seconds")


def _timed_out(pending: Iterable[str], timeout: float) -> TimeoutError:
    return TimeoutError(f"gcore_cloud: tasks not finished after {timeout:g} s: {', '.join(pending)}")


class Tasks:
    """Gcore Cloud asynchronous tasks (``/cloud/v1/tasks``)."""

    def __init__(
        self, client: Client, sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._client = client
        self._sleep = sleep
        self._clock = clock

    def get(
        self,
        task_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Task:
        """One task (``state``: ``NEW``, ``RUNNING``, ``FINISHED`` or ``ERROR``). ``GET /cloud/v1/tasks/{task_id}``.

        Args:
            task_id: the task ID, as listed by e.g. ``projects.delete``.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request.
            extra_query: Query parameters added to the request.

        Raises:
            ValidationError: ``task_id`` is not a task ID (nothing is sent).
            NotFoundError: no such task.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast(Task, self._client._run(_get_call(task_id), options))

    def wait(
        self,
        task_ids: str | Iterable[str],
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> list[Task]:
        """Poll the tasks until each is ``FINISHED`` or ``ERROR``.

        Args:
            task_ids: one task ID or several (e.g. ``client.projects.delete(2).tasks``).
            timeout: seconds to wait in all before giving up.
            poll_interval: seconds between two polls of a task that is not done.

        Returns:
            The final tasks, in the order given; a failed one has ``state == "ERROR"`` and its ``error``.

        Raises:
            TimeoutError: a task was still not done after ``timeout`` seconds.
        """
        _check_wait_arguments(timeout, poll_interval)
        pending = _ids(task_ids)
        done: dict[str, Task] = {}
        deadline = self._clock() + timeout
        while True:
            for task_id in [t for t in pending if t not in done]:
                task = self.get(task_id)
                if task.state in DONE_STATES:
                    done[task_id] = task
            waiting = [t for t in pending if t not in done]
            if not waiting:
                return [done[t] for t in pending]
            if self._clock() + poll_interval > deadline:
                raise _timed_out(waiting, timeout)
            self._sleep(poll_interval)


class AsyncTasks:
    """Gcore Cloud asynchronous tasks (``/cloud/v1/tasks``), async."""

    def __init__(self, client: AsyncClient, sleep: Callable[[float], Awaitable[None]] | None = None) -> None:
        import asyncio  # here, not at module level: a sync-only program never pays for importing asyncio

        self._asyncio = asyncio
        self._client = client
        self._sleep = sleep if sleep is not None else asyncio.sleep

    async def get(
        self,
        task_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> Task:
        """One task (``state``: ``NEW``, ``RUNNING``, ``FINISHED`` or ``ERROR``). ``GET /cloud/v1/tasks/{task_id}``.

        Args:
            task_id: the task ID, as listed by e.g. ``projects.delete``.
            timeout: Seconds (or an ``httpx.Timeout``) each attempt may take, instead of the client's; ``None``: no
                limit.
            total_timeout: Seconds the whole call may take, retries and waits included, instead of the client's.
            max_retries: Retries of retryable failures for this call, instead of the client's.
            extra_headers: Headers added to the request.
            extra_query: Query parameters added to the request.

        Raises:
            ValidationError: ``task_id`` is not a task ID (nothing is sent).
            NotFoundError: no such task.
        """
        options = self._client._call_options(timeout, total_timeout, max_retries, extra_headers, extra_query)
        return cast(Task, await self._client._run(_get_call(task_id), options))

    async def wait(
        self,
        task_ids: str | Iterable[str],
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> list[Task]:
        """Poll the tasks, concurrently, until each is ``FINISHED`` or ``ERROR``.

        Args:
            task_ids: one task ID or several (e.g. ``(await client.projects.delete(2)).tasks``).
            timeout: seconds to wait in all before giving up.
            poll_interval: seconds between two polls of a task that is not done.

        Returns:
            The final tasks, in the order given; a failed one has ``state == "ERROR"`` and its ``error``.

        Raises:
            TimeoutError: a task was still not done after ``timeout`` seconds.
        """
        _check_wait_arguments(timeout, poll_interval)
        pending = _ids(task_ids)

        async def one(task_id: str) -> Task:
            while True:
                task = await self.get(task_id)
                if task.state in DONE_STATES:
                    return task
                await self._sleep(poll_interval)

        try:
            async with self._asyncio.timeout(timeout):
                return list(await self._asyncio.gather(*(one(t) for t in pending)))
        except TimeoutError:
            raise _timed_out(pending, timeout) from None
