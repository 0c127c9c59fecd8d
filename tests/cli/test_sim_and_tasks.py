"""``cloudprojects sim serve`` as a process, and ``gcore-cloud projects delete --wait`` on the simulator's tasks."""

from __future__ import annotations

import signal
import subprocess

from cli_support import SCRIPT, Cli, environment_for

from cloudprojects import sim


def test_sim_serve_prints_base_urls_and_credential_variables_that_work(cli: Cli) -> None:
    server = subprocess.Popen(
        [str(SCRIPT), "sim", "serve", "--provider", "gcore-cloud", "--port", "0"],
        env=cli.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        lines = [server.stdout.readline() for _ in range(4)]
        name, url = lines[0].split()
        assert name == "gcore-cloud" and url.startswith("http://127.0.0.1:")
        assert lines[1].startswith("  export GCORE_API_KEY=")
        assert lines[2].strip() == f"cloudprojects gcore-cloud projects list --base-url {url}"
        assert lines[3] == "Serving; Ctrl-C stops.\n"
        key = lines[1].split("=", 1)[1].strip().strip("'")
        cli.secrets = []  # the simulator's test key is printed on purpose here
        result = cli("gcore-cloud", "projects", "get", "1", "--base-url", url, env={"GCORE_API_KEY": key})
        assert result.code == 0 and result.json()["name"] == "default"
    finally:
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) == 0


def test_sim_serve_refuses_an_unknown_provider(cli: Cli) -> None:
    result = cli("sim", "serve", "--provider", "nope")
    assert result.code == 2 and "unknown provider" in result.stderr


def _delete(cli: Cli, served: sim.Served, name: str) -> tuple[int, str, str]:
    endpoint = served["gcore_cloud"]
    with endpoint.client() as client:
        project = client.projects.create(name=name)
    result = cli(
        "gcore-cloud",
        "projects",
        "delete",
        str(project.id),
        "--wait",
        "--base-url",
        endpoint.url,
        env=environment_for("gcore_cloud", endpoint),
    )
    return result.code, result.stdout, result.stderr


def test_delete_wait_waits_for_the_tasks(cli: Cli, served: sim.Served) -> None:
    code, stdout, stderr = _delete(cli, served, "wait-ok")
    assert code == 0, stderr
    assert '"state": "FINISHED"' in stdout and '"task_type": "delete_project"' in stdout


def test_delete_wait_exits_1_when_a_task_fails(cli: Cli, served: sim.Served) -> None:
    served["gcore_cloud"].simulator.fail_next_tasks()
    code, stdout, stderr = _delete(cli, served, "wait-fails")
    assert code == 1
    assert '"state": "ERROR"' in stdout
    assert stderr.startswith("error: task ") and stderr.endswith("failed: Simulated task failure\n")
