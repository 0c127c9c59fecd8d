"""``python -m cloudprojects.sim --provider all --port 0``: run the simulators on loopback until interrupted."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading

from ._faults import FaultPlan
from ._registry import PROVIDERS
from ._serve import serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cloudprojects.sim", description=__doc__)
    parser.add_argument("--provider", default="all", choices=("all", *PROVIDERS))
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks free ports")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--fault-rate", type=float, default=0.0, help="random faults (single provider only)")
    args = parser.parse_args(argv)
    faults = FaultPlan(seed=args.seed, rate=args.fault_rate) if args.fault_rate else None
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with serve(args.provider, host=args.host, port=args.port, seed=args.seed, faults=faults) as served:
        for key, endpoint in served.items():
            kwargs = ", ".join(f"{k}={v!r}" for k, v in endpoint.client_kwargs().items())
            sys.stdout.write(f"{key:<24} {endpoint.url:<28} cloudprojects.{key}.Client({kwargs})\n")
        sys.stdout.flush()
        with contextlib.suppress(KeyboardInterrupt):
            stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
