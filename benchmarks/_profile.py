"""pyinstrument profiles of the per-call paths, summarised as self time by library and by function.

Each profile runs a client against the loopback server under pyinstrument (wall-clock sampling) and keeps
two views: which library the time is spent in (ours, the generated client, httpx, httpcore, h11, waiting on
the socket, …) and the functions with the most self time. Sampling inflates every figure a little; the shares
are what to read.
"""

from __future__ import annotations

import asyncio
import collections
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import _providers as P

GROUPS: list[tuple[str, Callable[[str, str], bool]]] = [
    ("waiting on the socket (server + kernel)", lambda f, fn: f == "<built-in>" and _is_wait(fn)),
    ("cloudprojects (facade, auth, core, transports)", lambda f, _fn: "cloudprojects/" in f),
    ("generated client (request kwargs, model parsing)", lambda f, _fn: "cloudprojects_gen_" in f),
    ("jsonschema-rs (input validation)", lambda _f, fn: "Validator" in fn),
    ("httpx (client, models, URLs, cookies)", lambda f, _fn: f.startswith("httpx/") or "httpx_aiohttp" in f),
    ("httpcore (pool, connection)", lambda f, _fn: f.startswith("httpcore/")),
    ("h11 (HTTP/1.1 parser)", lambda f, _fn: f.startswith("h11/")),
    ("urllib3 + http.client + email parser", lambda f, _fn: f.startswith(("urllib3/", "http/client", "email/"))),
    ("aiohttp", lambda f, _fn: f.startswith(("aiohttp/", "multidict/", "yarl/"))),
    ("asyncio (event loop, tasks)", lambda f, _fn: f.startswith("asyncio/")),
    ("anyio (httpcore's async backend)", lambda f, _fn: f.startswith(("anyio/", "sniffio/"))),
    ("official SDK code", lambda f, _fn: f.startswith(("gcore/", "aliyun/", "baidubce/", "requests/"))),
    ("attrs", lambda f, _fn: f.startswith("attr")),
]
_WAITS = ("recv", "send", "sendall", "select", "poll", "epoll", "read_into", "readinto", "sock_recv")


def _is_wait(function: str) -> bool:
    return function.rsplit(".", 1)[-1].startswith(_WAITS)


def _group(path: str, function: str) -> str:
    for name, test in GROUPS:
        if test(path, function):
            return name
    return "other (stdlib, json, contextlib, …)"


@dataclass
class Profile:
    title: str
    calls: int
    total: float
    groups: list[tuple[str, float]]
    functions: list[tuple[str, float]]


def _summarise(title: str, calls: int, root: Any, top: int) -> Profile:
    """Self time by function, and by library: a frame of no named library (the stdlib, builtins) counts for the
    nearest caller that has one, so ``contextlib`` under httpcore is httpcore's time; socket waits are their own."""
    by_function: dict[str, float] = collections.defaultdict(float)
    by_group: dict[str, float] = collections.defaultdict(float)
    unnamed = "other (stdlib, json, contextlib, …)"

    def visit(frame: Any, parent: Any, inherited: str) -> None:
        children = list(frame.children)
        owner = parent if frame.is_synthetic_leaf else frame
        path, function = owner.file_path_short or "?", owner.function
        group = _group(path, function)
        if group == unnamed and inherited != unnamed and not _is_wait(function):
            group = inherited
        if frame.is_synthetic_leaf or not children:
            line = f":{owner.line_no}" if owner.line_no else ""
            by_function[f"`{function}` ({path}{line})"] += frame.time
            by_group[group] += frame.time
            return
        for child in children:
            visit(child, frame, group)

    visit(root, None, unnamed)
    ranked = sorted(by_function.items(), key=lambda item: item[1], reverse=True)[:top]
    return Profile(title, calls, root.time, sorted(by_group.items(), key=lambda item: item[1], reverse=True), ranked)


def profile_sync(port: int, title: str, factory: P.SyncFactory, *, calls: int, top: int) -> Profile:
    from pyinstrument import Profiler

    call, close = factory(port, None)
    try:
        for _ in range(min(calls, 200)):
            call()
        profiler = Profiler(interval=0.0002)
        profiler.start()
        for _ in range(calls):
            call()
        session = profiler.stop()
    finally:
        close()
    return _summarise(title, calls, session.root_frame(), top)


def profile_async(port: int, title: str, factory: Any, *, inflight: int, calls: int, top: int) -> Profile:
    from pyinstrument import Profiler

    async def run() -> Any:
        call, close = factory(port)
        remaining = calls

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                await call()

        try:
            await asyncio.gather(*(call() for _ in range(inflight)))
            profiler = Profiler(interval=0.0002, async_mode="disabled")
            profiler.start()
            await asyncio.gather(*(worker() for _ in range(inflight)))
            return profiler.stop()
        finally:
            await close()

    session = asyncio.run(run())
    return _summarise(title, calls, session.root_frame(), top)


def collect(port: int, *, calls: int, top: int = 12) -> list[Profile]:
    from cloudprojects import transports

    return [
        profile_sync(port, "sync, ours: aliyun_sls update (seed)", P.ours("aliyun_sls", "seed"), calls=calls, top=top),
        profile_sync(
            port,
            "sync, raw httpx: aliyun_sls update (same bytes)",
            P.raw_httpx("aliyun_sls", "seed"),
            calls=calls,
            top=top,
        ),
        profile_sync(
            port,
            "sync, ours + urllib3 transport: aliyun_sls update (seed)",
            P.ours("aliyun_sls", "seed", transports.urllib3_transport),
            calls=calls,
            top=top,
        ),
        profile_async(
            port,
            "async, ours: gcore_cloud replace (seed), 64 in flight",
            P.ours_async("gcore_cloud", "seed"),
            inflight=64,
            calls=calls * 2,
            top=top,
        ),
        profile_async(
            port,
            "async, raw httpx.AsyncClient: gcore_cloud replace (same bytes), 64 in flight",
            P.raw_httpx_async("gcore_cloud", "seed"),
            inflight=64,
            calls=calls * 2,
            top=top,
        ),
    ]


def tables(profiles: list[Profile]) -> list[str]:
    lines: list[str] = []
    for profile in profiles:
        per_call = profile.total / profile.calls * 1e6
        lines += [
            f"**{profile.title}** — {profile.calls} calls, {per_call:.0f} µs per call under the profiler",
            "",
            "| where the time goes | share | µs per call |",
            "|---|---|---|",
        ]
        for name, seconds in profile.groups:
            share = seconds / profile.total
            if share >= 0.005:
                lines.append(f"| {name} | {share:.0%} | {seconds / profile.calls * 1e6:.0f} |")
        lines += ["", "| top functions by self time | share |", "|---|---|"]
        for name, seconds in profile.functions:
            lines.append(f"| {name} | {seconds / profile.total:.1%} |")
        lines.append("")
    return lines
