"""Error handling: bad input fails before sending; provider errors are typed; retries absorb transient faults.

Against the local MicroVisualizer simulator, with faults injected on purpose:

- `cloudprojects.errors.ValidationError` names the field and the rule, and nothing is sent;
- `NotFoundError` (an `APIStatusError`) keeps the status, the provider's code and message and the request id;
- a 503 on an idempotent call is retried (`max_retries`, default 2) and the call succeeds;
- with retries off, a 429 raises `RateLimitError` with the server's `retry_after`.
"""

from __future__ import annotations

from cloudprojects import errors, microvisualizer, sim


def run(server: sim.Served) -> None:
    """Show each kind of failure and how to tell them apart."""
    with microvisualizer.Client(**server.client_kwargs()) as client:
        try:
            client.projects.create(name="", description="an empty name breaks the spec")
        except errors.ValidationError as exc:
            print(f"ValidationError before sending: {exc}")

        try:
            client.projects.get("no-such-project")
        except errors.NotFoundError as exc:
            print(f"NotFoundError: status {exc.status_code}, code {exc.code!r}, message {exc.message!r}")

        project = client.projects.create(name="Resilient", description="a POST is never retried once sent")
        server.faults.queue(sim.FaultKind.SERVER_ERROR)
        print(f"after a 503, the retried get succeeded: {client.projects.get(project.id).name}")

    with microvisualizer.Client(**server.client_kwargs(), max_retries=0) as client:
        server.faults.queue(sim.FaultKind.RATE_LIMIT)
        try:
            client.projects.get(project.id)
        except errors.RateLimitError as exc:
            print(f"RateLimitError: status {exc.status_code}, retry after {exc.retry_after} s")
        except errors.APIStatusError as exc:  # any other status error: the common base class
            print(f"other status error: {exc.status_code}")


def main() -> None:
    with sim.serve("microvisualizer") as server:
        run(server)


if __name__ == "__main__":
    main()
