"""Exit codes 0/1/2/3 and one-line errors from the typed errors; nothing sent on a usage error; --debug."""

from __future__ import annotations

import socket

from cli_support import Cli, environment_for

from cloudprojects import sim


def _gcore(cli: Cli, served: sim.Served, *words: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    endpoint = served["gcore_cloud"]
    result = cli(
        "gcore-cloud",
        "projects",
        *words,
        "--base-url",
        endpoint.url,
        env={**environment_for("gcore_cloud", endpoint), **(env or {})},
    )
    return result.code, result.stdout, result.stderr


def test_provider_error_is_one_line_with_status_code_message_and_request_id(cli: Cli, served: sim.Served) -> None:
    code, stdout, stderr = _gcore(cli, served, "get", "424242")
    assert code == 1
    assert stdout == ""
    (line,) = stderr.splitlines()
    assert line.startswith("error: [404 NotFoundError] ")
    assert "Project 424242 could not be found" in line
    assert line.endswith(")") and "(request id " in line
    assert "Traceback" not in stderr


def test_authentication_error_exits_1_without_the_key(cli: Cli, served: sim.Served) -> None:
    code, _, stderr = _gcore(cli, served, "get", "1", env={"GCORE_API_KEY": "wrong$key-not-shown"})
    assert code == 1
    assert stderr.startswith("error: [401 AuthenticationFailed]")
    assert "wrong$key-not-shown" not in stderr


def test_validation_error_exits_2_and_sends_nothing(cli: Cli, served: sim.Served) -> None:
    simulator = served["gcore_cloud"].simulator
    before = len(simulator.requests)
    code, _, stderr = _gcore(cli, served, "create", "--name", "x")
    assert code == 2
    assert stderr == 'error: name: "x" is shorter than 3 characters (rule: minLength 3)\n'
    assert len(simulator.requests) == before


def test_usage_errors_exit_2(cli: Cli, served: sim.Served) -> None:
    assert _gcore(cli, served, "get", "not-a-number")[0] == 2
    assert _gcore(cli, served, "create")[0] == 2  # --name is required
    assert cli("no-such-provider", "projects", "list").code == 2
    assert _gcore(cli, served, "list", "--order-by", "sideways")[0] == 2
    assert cli("aliyun-sls", "projects", "get", "p1", "--base-url", "http://h:1/path").code == 2


def test_missing_credentials_exit_2_and_point_at_configure(cli: Cli) -> None:
    result = cli("gcore-cloud", "projects", "get", "1")
    assert result.code == 2
    assert "GCORE_API_KEY" in result.stderr and "cloudprojects configure gcore-cloud" in result.stderr


def test_connection_refused_exits_3(cli: Cli, served: sim.Served) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    endpoint = served["microvisualizer"]
    result = cli(
        "microvisualizer",
        "projects",
        "list",
        "--base-url",
        f"http://127.0.0.1:{port}",
        "--max-retries",
        "0",
        env=environment_for("microvisualizer", endpoint),
    )
    assert result.code == 3
    assert result.stderr.startswith("error: connection failed: ")
    assert len(result.stderr.splitlines()) == 1


def test_timeout_exits_3(cli: Cli, served: sim.Served) -> None:
    endpoint = served["baidu_bls"]
    endpoint.faults.queue(sim.Fault(sim.FaultKind.STALL, delay=3.0))
    result = cli(
        "baidu-bls",
        "projects",
        "list",
        "--base-url",
        endpoint.url,
        "--timeout",
        "0.5",
        "--max-retries",
        "0",
        env=environment_for("baidu_bls", endpoint),
    )
    assert result.code == 3
    assert result.stderr.startswith("error: timed out: ")


def test_server_error_exits_1_after_the_retries(cli: Cli, served: sim.Served) -> None:
    endpoint = served["aliyun_sls"]
    endpoint.faults.queue(*[sim.Fault(sim.FaultKind.SERVER_ERROR, status=503)] * 2)
    result = cli(
        "aliyun-sls",
        "projects",
        "list",
        "--base-url",
        endpoint.url,
        "--max-retries",
        "1",
        env=environment_for("aliyun_sls", endpoint),
    )
    assert result.code == 1
    assert result.stderr.startswith("error: [503 ")


def test_debug_logs_each_attempt_and_the_traceback_without_secrets(cli: Cli, served: sim.Served) -> None:
    code, _, stderr = _gcore(cli, served, "get", "424242", "--debug")
    assert code == 1
    assert "Traceback" in stderr and "NotFoundError" in stderr
    assert "DEBUG" in stderr and "/cloud/v1/projects/424242" in stderr
    assert stderr.splitlines()[-1].startswith("error: [404 NotFoundError]")


def test_plain_http_beyond_loopback_needs_allow_insecure_http(cli: Cli, served: sim.Served) -> None:
    env = environment_for("gcore_cloud", served["gcore_cloud"])
    get = ("gcore-cloud", "projects", "get", "1", "--base-url", "http://192.0.2.1:9", "--timeout", "0.3")
    refused = cli(*get, env=env)
    assert refused.code == 2 and "cleartext" in refused.stderr
    allowed = cli(*get, "--allow-insecure-http", "--max-retries", "0", env=env)
    assert allowed.code == 3
