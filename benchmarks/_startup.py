"""Import time and peak RSS, each in a fresh process: ``python -c <snippet> <port>``.

The processes may write bytecode caches (``PYTHONDONTWRITEBYTECODE`` is dropped) and a warm-up run writes them, so
every package is imported from ``.pyc`` files, as an installed one is (pip compiles at install time): otherwise
the editable checkout's modules would be compiled from source in every process while httpx's come from its caches.

Time: the whole process, from spawn to exit, so interpreter start-up is in every figure (``python -c pass`` is
shown for reference). Stages: import only; import + client built; import + client built + first call resolved
(against the loopback server). RSS: peak RSS (``VmHWM``) after import + client + 100 calls. Snippets are
self-contained: they import nothing from the harness, so nothing but what they name is measured.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field

from _stats import Stat, ratios

IMPORT, BUILT, FIRST_CALL = "import", "import + client built", "import + client built + first call"
STAGES = (IMPORT, BUILT, FIRST_CALL)
BASELINE = "httpx"

ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
"""The children's environment: bytecode caches written and used, as for an installed package."""

_PORT = "import sys\nPORT = int(sys.argv[1])\nURL = f'http://127.0.0.1:{PORT}'\n"


@dataclass(frozen=True)
class Target:
    """How one client gets imported, built and called."""

    name: str
    imports: str
    build: str
    call: str


TARGETS = [
    Target(
        "httpx",
        "import httpx",
        "client = httpx.Client()",
        "client.put(URL + '/cloud/v1/projects/1', json={'name': 'New Project'}).json()",
    ),
    Target(
        "cloudprojects.aliyun_sls",
        "from cloudprojects import aliyun_sls",
        "client = aliyun_sls.Client(endpoint=f'127.0.0.1:{PORT}', scheme='http', access_key_id='LTAI5tBenchmarkKey',"
        " access_key_secret='benchmarkSecret')",
        "client.projects.update('ali-project-test', description='Description of my-project-test')",
    ),
    Target(
        "cloudprojects.microvisualizer",
        "from cloudprojects import microvisualizer",
        "client = microvisualizer.Client(api_key='benchmark-token', base_url=URL)",
        "client.projects.update('my-project-a1b2c', name='Payments Platform',"
        " description='Microservices behind checkout and payment processing')",
    ),
    Target(
        "cloudprojects.baidu_bls",
        "from cloudprojects import baidu_bls",
        "client = baidu_bls.Client(endpoint=URL, access_key_id='benchmarkAK', secret_access_key='benchmarkSK')",
        "client.projects.get('276c6cce-0350-4719-856d-ba675fa52c06')",
    ),
    Target(
        "cloudprojects.gcore_cloud",
        "from cloudprojects import gcore_cloud",
        "client = gcore_cloud.Client(api_key='benchmark-token', base_url=URL)",
        "client.projects.replace(1, name='New Project')",
    ),
    Target(
        "cloudprojects.ncp_media_intelligence",
        "from cloudprojects import ncp_media_intelligence",
        "client = ncp_media_intelligence.Client(access_key='benchmarkAK', secret_key='benchmarkSK', base_url=URL)",
        "client.projects.update('my-workspace', '1234', name='updated_project_name')",
    ),
    Target(
        "gcore (official)",
        "from gcore import Gcore",
        "client = Gcore(api_key='benchmark-token', base_url=URL)",
        "from gcore.types.cloud import Project\n"
        "client.put('/cloud/v1/projects/1', body={'name': 'New Project'}, cast_to=Project)",
    ),
    Target(
        "aliyun-log-python-sdk (official)",
        "from aliyun.log import LogClient",
        "client = LogClient('127.0.0.1', 'LTAI5tBenchmarkKey', 'benchmarkSecret')\n"
        "client._setendpoint(f'127.0.0.1:{PORT}')",
        "client.update_project('ali-project-test', 'Description of my-project-test')",
    ),
    Target(
        "bce-python-sdk (official)",
        "from baidubce.auth import bce_v1_signer\nfrom baidubce.auth.bce_credentials import BceCredentials\n"
        "from baidubce.bce_client_configuration import BceClientConfiguration\n"
        "from baidubce.http import bce_http_client, handler\nfrom baidubce.services.bls import bls_handler\n"
        "from baidubce.services.bls.bls_client import BlsClient",
        "config = BlsClient(BceClientConfiguration(credentials=BceCredentials('benchmarkAK', 'benchmarkSK'),"
        " endpoint=URL.encode())).config",
        "import uuid\nbce_http_client.send_request(config, bce_v1_signer.sign, [bls_handler.parse_error,"
        " handler.parse_json], b'GET', b'/v1/project/276c6cce-0350-4719-856d-ba675fa52c06', None,"
        " {b'content-type': b'application/json;charset=UTF-8', b'x-bce-request-id': uuid.uuid4()}, {})",
    ),
]


def snippet(target: Target, stage: str, repeat: int = 1) -> str:
    parts = [_PORT, target.imports]
    if stage in (BUILT, FIRST_CALL):
        parts.append(target.build)
    if stage == FIRST_CALL:
        if repeat == 1:
            parts.append(target.call)
        else:
            head, _, last = target.call.rpartition("\n")
            parts += (
                [head, f"for _ in range({repeat}):\n    {last}"] if head else [f"for _ in range({repeat}):\n    {last}"]
            )
    return "\n".join(parts) + "\n"


def _run(code: str, port: int) -> float:
    import time

    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(port)], check=True, stdout=subprocess.DEVNULL, env=ENV)
    return (time.perf_counter() - started) * 1000


@dataclass
class StartupResult:
    runs: int
    ms: dict[tuple[str, str], list[float]] = field(default_factory=dict)  # (target, stage) -> ms per run

    def stat(self, target: str, stage: str) -> Stat:
        return Stat.of(self.ms[(target, stage)])

    def ratio(self, target: str, stage: str, baseline: tuple[str, str]) -> Stat:
        return ratios(self.ms[(target, stage)], self.ms[baseline])


def measure_time(port: int, *, runs: int, warm: bool = True) -> StartupResult:
    """Every (target, stage) once per run, interleaved; ``python -c pass`` as the floor."""
    jobs = [("python -c pass", "", "pass\n")]
    jobs += [(t.name, stage, snippet(t, stage)) for t in TARGETS for stage in STAGES]
    result = StartupResult(runs, {(name, stage): [] for name, stage, _ in jobs})
    if warm:  # warm the OS caches (and the .pyc files) once
        for _, _, code in jobs:
            _run(code, port)
    for _ in range(runs):
        for name, stage, code in jobs:
            result.ms[(name, stage)].append(_run(code, port))
    return result


# VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a child would report the harness's own peak.
_RSS = "\nprint(next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM:')))\n"


def measure_rss(port: int, *, runs: int, calls: int = 100) -> dict[str, list[float]]:
    """Peak RSS (VmHWM) in MiB after import + client built + ``calls`` calls, per target."""
    found: dict[str, list[float]] = {t.name: [] for t in TARGETS}
    for _ in range(runs):
        for target in TARGETS:
            code = snippet(target, FIRST_CALL, repeat=calls) + _RSS
            out = subprocess.run(
                [sys.executable, "-c", code, str(port)], check=True, capture_output=True, text=True, env=ENV
            )
            found[target.name].append(int(out.stdout.strip().splitlines()[-1]) / 1024)
    return found


def time_table(result: StartupResult) -> list[str]:
    lines = [
        f"| client | stage | ms, whole process ({result.runs} runs) | vs `import httpx` | vs httpx at the same stage |",
        "|---|---|---|---|---|",
    ]
    floor = result.stat("python -c pass", "")
    lines.append(f"| python -c pass | interpreter only | {floor.show(1)} | — | — |")
    for target in TARGETS:
        for stage in STAGES:
            stat = result.stat(target.name, stage)
            vs_import = result.ratio(target.name, stage, (BASELINE, IMPORT)).ratio()
            same = "—" if target.name == BASELINE else result.ratio(target.name, stage, (BASELINE, stage)).ratio()
            lines.append(f"| {target.name} | {stage} | {stat.show(1)} | {vs_import} | {same} |")
    return lines


def rss_table(rss: dict[str, list[float]], calls: int = 100) -> list[str]:
    lines = [
        f"| client | peak RSS MiB after import + {calls} calls | vs raw httpx (goal ≤ 1.2) |",
        "|---|---|---|",
    ]
    for name, samples in rss.items():
        ratio = ratios(samples, rss[BASELINE]).ratio() if name != BASELINE else "—"
        lines.append(f"| {name} | {Stat.of(samples).show(1)} | {ratio} |")
    return lines


def import_profile(target: Target, *, top: int = 12) -> list[tuple[str, float, float]]:
    """``python -X importtime``: what importing ``target`` costs on top of httpx, as (module, self ms, cumulative ms)
    for the modules imported after httpx, biggest self time first."""
    code = "import httpx\n" + target.imports
    command = [sys.executable, "-X", "importtime", "-c", code]
    out = subprocess.run(command, check=True, capture_output=True, text=True, env=ENV)
    rows: list[tuple[str, float, float]] = []
    after_httpx = False
    for line in out.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = (part.strip() for part in line.removeprefix("import time:").split("|"))
        if after_httpx:
            rows.append((name, int(own) / 1000, int(cumulative) / 1000))
        elif name == "httpx":
            after_httpx = True
    return sorted(rows, key=lambda row: row[1], reverse=True)[:top]


def import_profile_table(name: str, rows: list[tuple[str, float, float]]) -> list[str]:
    total = sum(row[1] for row in rows)
    lines = [
        f"`python -X importtime -c 'import httpx; {name}'`: the modules imported after httpx with the most self"
        f" time (these {len(rows)} add up to {total:.1f} ms of self time; one run, indicative).",
        "",
        "| module | self ms | cumulative ms |",
        "|---|---|---|",
    ]
    lines += [f"| `{module}` | {own:.1f} | {cumulative:.1f} |" for module, own, cumulative in rows]
    return lines


_STAGE_RSS = """
def rss():
    return next(int(line.split()[1]) for line in open('/proc/self/status') if line.startswith('VmRSS:')) / 1024
print('interpreter', rss())
"""


def rss_stages(port: int, target: Target, calls: int = 100) -> list[tuple[str, float]]:
    """VmRSS (MiB) of one fresh process after each stage: what the memory goes to, step by step."""
    head, _, last = target.call.rpartition("\n")
    lines = [
        _PORT,
        _STAGE_RSS,
        "import httpx\nprint('import httpx', rss())",
        "" if target.name == BASELINE else f"{target.imports}\nprint('import {target.name}', rss())",
        f"{target.build}\nprint('client built', rss())",
        ""
        if target.name == BASELINE
        else "client._http._transport._pool\nprint('transport + TLS context (built by the first request)', rss())",
        ""
        if target.name == BASELINE
        else "import jsonschema_rs\nprint('import jsonschema_rs (done by the first call)', rss())",
        head,
        f"{last}\nprint('first call', rss())",
        f"for _ in range({calls - 1}):\n    {last}\nprint('after {calls} calls', rss())",
    ]
    code = "\n".join(line for line in lines if line) + "\n"
    out = subprocess.run([sys.executable, "-c", code, str(port)], check=True, capture_output=True, text=True, env=ENV)
    stages = []
    for line in out.stdout.splitlines():
        name, _, value = line.rpartition(" ")
        stages.append((name, float(value)))
    return stages


def rss_stages_table(stages: list[tuple[str, float]]) -> list[str]:
    lines = ["| stage (one process) | RSS MiB | added |", "|---|---|---|"]
    previous = None
    for name, value in stages:
        added = "—" if previous is None else f"{value - previous:+.1f}"
        lines.append(f"| {name} | {value:.1f} | {added} |")
        previous = value
    return lines
