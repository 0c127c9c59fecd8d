"""Scaffold a new provider: spec, registry entry, facade, simulator, lifecycle script and tests, all passing at once.

    scripts/new_provider.py NAME --auth apikey|bearer|SIGNER [--title TITLE] [--base-url URL] [--no-lock]

NAME is the provider key (snake_case, e.g. `acme_cloud`). `--auth apikey` signs with `Authorization: apikey <key>`
(`ApiKeyAuth`), `--auth bearer` with `Authorization: Bearer <token>` (`BearerAuth`); any signer an existing
provider uses (e.g. `bce-auth-v1`, `ncp-apigw-v2`) reuses that scheme, its auth class and its verifier.

Writes specs/NAME.yaml, the entry in specs/codegen/providers.yaml, wrappers/cloudprojects/NAME/,
wrappers/cloudprojects/sim/_NAME.py, wrappers/cloudprojects/sim/lifecycles/NAME.py, tests/NAME/ and
tests/sim/test_NAME.py; then runs scripts/regenerate.py NAME (generated/NAME/ and every file derived from the
registry) and `uv lock` (the new workspace member). Nothing else needs editing: see docs/adding-a-provider.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from string import Template

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from codegen.providers import KEY, REGISTRY, ROOT, SPECS, Provider, load_providers, ruff_binary

TEMPLATES = Path(__file__).resolve().parent / "scaffold"
VERIFIERS = {"BceAuth": "verify_bce", "NcpApiGatewayAuth": "verify_ncp_api_gateway"}
TOKENS = {"ApiKeyAuth": "apikey", "BearerAuth": "bearer"}


@dataclass(frozen=True)
class Scheme:
    """How the new provider signs: the signer name, the auth class, its credential keywords and the spec's scheme."""

    signer: str
    auth: str
    credentials: tuple[str, ...]
    security_name: str
    security: dict[str, object]


def _token_scheme(kind: str, kebab: str, title: str) -> Scheme:
    if kind == "apikey":
        security: dict[str, object] = {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "x-cloudprojects-signer": f"{kebab}-apikey",
            "description": f"The {title} API key, sent as `Authorization: apikey <key>`.",
        }
        return Scheme(f"{kebab}-apikey", "ApiKeyAuth", ("api_key",), "ApiKey", security)
    security = {
        "type": "http",
        "scheme": "bearer",
        "x-cloudprojects-signer": f"{kebab}-bearer",
        "description": f"The {title} API token, sent as `Authorization: Bearer <token>`.",
    }
    return Scheme(f"{kebab}-bearer", "BearerAuth", ("api_key",), "BearerToken", security)


def resolve_scheme(auth: str, kebab: str, title: str, providers: dict[str, Provider]) -> Scheme:
    """The scheme named by --auth: a new token scheme, or an existing provider's signer."""
    if auth in ("apikey", "bearer"):
        return _token_scheme(auth, kebab, title)
    owner = next((p for p in providers.values() if auth in p.signers), None)
    if owner is None:
        known = sorted({s for p in providers.values() for s in p.signers})
        raise SystemExit(f"--auth {auth}: not apikey, bearer or a known signer ({', '.join(known)})")
    if owner.auth in TOKENS:
        return _token_scheme(TOKENS[owner.auth], kebab, title)
    if owner.auth not in VERIFIERS:
        raise SystemExit(f"--auth {auth}: {owner.auth} routes by host; scaffold with apikey or bearer and adapt")
    for part in owner.parts:
        document = yaml.safe_load((SPECS / part.spec).read_text(encoding="utf-8"))
        for name, scheme in document["components"]["securitySchemes"].items():
            if scheme.get("x-cloudprojects-signer") == auth:
                return Scheme(auth, owner.auth, tuple(k for k, _ in owner.credentials), name, scheme)
    raise SystemExit(f"--auth {auth}: no security scheme names it in {owner.key}'s specs")


def _render(name: str, **values: str) -> str:
    return Template((TEMPLATES / name).read_text(encoding="utf-8")).substitute(values)


def _camel(key: str) -> str:
    return "".join(word.capitalize() for word in key.split("_"))


def _registry_entry(key: str, title: str, scheme: Scheme, env: str) -> str:
    credentials = "\n".join(f"    {kw}: [{env}_{kw.upper()}]" for kw in scheme.credentials)
    call = ", ".join(f"{kw}=..." for kw in scheme.credentials)
    return (
        f"{key}:\n"
        f"  title: {title}\n"
        f"  parts:\n"
        f"    - spec: {key}.yaml\n"
        f"  auth: {scheme.auth}\n"
        f"  signers: [{scheme.signer}]\n"
        f"  credentials:\n{credentials}\n"
        f"  settings:\n"
        f"    base_url: [{env}_BASE_URL]\n"
        f"  keywords: [{key.replace('_', '-')}]\n"
        f"  example: |\n"
        f"    # {title}: PATCH /v1/projects/prj-1 with only the fields given\n"
        f'    {key}.Client({call}).projects.update("prj-1", description="Updated")\n'
    )


def _sim_parts(key: str, scheme: Scheme) -> dict[str, str]:
    constants = {kw: f"sim-{key.replace('_', '-')}-{kw.replace('_', '-')}" for kw in scheme.credentials}
    lines = "\n".join(f'{kw.upper()} = "{value}"' for kw, value in constants.items())
    credentials = "{" + ", ".join(f'"{kw}": {kw.upper()}' for kw in scheme.credentials) + "}"
    if scheme.auth in TOKENS:
        prefix = TOKENS[scheme.auth]
        body = textwrap.indent(
            'scheme, _, token = request.headers.get("authorization", "").partition(" ")\n'
            f'if scheme.lower() != "{prefix}" or token != {scheme.credentials[0].upper()}:\n'
            '    raise HttpError(401, "Unauthorized", "Invalid or missing credentials")',
            " " * 8,
        )
        auth_import = "from cloudprojects.auth import WireRequest"
    else:
        verifier = VERIFIERS[scheme.auth]
        key_name, secret_name = (kw.upper() for kw in scheme.credentials[:2])
        body = textwrap.indent(
            "try:\n"
            f"    {verifier}(request, {{{key_name}: {secret_name}}}.get, self.clock())\n"
            "except SignatureError as exc:\n"
            '    raise HttpError(401, "Unauthorized", f"Signature rejected: {exc.reason.value}") from None',
            " " * 8,
        )
        auth_import = f"from cloudprojects.auth import SignatureError, WireRequest, {verifier}"
    return {
        "credential_constants": lines,
        "credentials_dict": credentials,
        "authenticate_body": body,
        "auth_import": auth_import,
    }


def scaffold(key: str, auth: str, title: str, base_url: str, root: Path = ROOT) -> list[Path]:
    """Write the new provider's files; return them (relative to root)."""
    if not KEY.match(key):
        raise SystemExit(f"{key!r}: a provider key is snake_case ([a-z][a-z0-9_]*)")
    providers = load_providers(root / REGISTRY.relative_to(ROOT))
    if key in providers:
        raise SystemExit(f"{key} is already registered in specs/codegen/providers.yaml")
    kebab, env, camel = key.replace("_", "-"), key.upper(), _camel(key)
    scheme = resolve_scheme(auth, kebab, title, providers)
    security = textwrap.indent(yaml.safe_dump({scheme.security_name: scheme.security}, sort_keys=False), "    ")
    values = {
        "key": key,
        "title": title,
        "Class": camel,
        "env": env,
        "base_url": base_url,
        "auth": scheme.auth,
        "scheme_name": scheme.security_name,
        "security_scheme": security.rstrip("\n"),
        **_sim_parts(key, scheme),
    }
    files = {
        Path("specs") / f"{key}.yaml": _render("spec.yaml.tmpl", **values),
        Path("wrappers/cloudprojects/sim") / f"_{key}.py": _render("sim.py.tmpl", **values),
        Path("wrappers/cloudprojects/sim/lifecycles") / f"{key}.py": _render("lifecycle.py.tmpl", **values),
        Path("tests") / key / "test_facade.py": _render("test_facade.py.tmpl", **values),
        Path("tests/sim") / f"test_{key}.py": _render("test_sim.py.tmpl", **values),
    }
    files.update(_facade_files(key, scheme, values))
    for rel in files:
        target = root / rel
        if target.exists():
            raise SystemExit(f"{rel} exists already; nothing written")
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    _format([root / rel for rel in files if rel.suffix == ".py"], root)
    registry = root / REGISTRY.relative_to(ROOT)
    existing = registry.read_text(encoding="utf-8")
    registry.write_text(existing.rstrip("\n") + "\n" + _registry_entry(key, title, scheme, env), encoding="utf-8")
    return [REGISTRY.relative_to(ROOT), *files]


def _format(paths: list[Path], root: Path) -> None:
    """The pinned ruff, with the repository's settings: a long title or key must not break `make lint`."""
    names = [str(p) for p in paths]
    for args in (["check", "--fix-only", "--quiet", "--select", "I,F401", *names], ["format", "--quiet", *names]):
        subprocess.run([ruff_binary(), *args], cwd=root, check=False)


def _facade_files(key: str, scheme: Scheme, values: dict[str, str]) -> dict[Path, str]:
    package = Path("wrappers/cloudprojects") / key
    credential_args = "\n".join(f"        {kw}: str | None = None," for kw in scheme.credentials)
    credential_values = ", ".join(f'credential({kw}, {kw.upper()}_ENV, "{kw}")' for kw in scheme.credentials)
    facade = {
        **values,
        "credential_envs": "\n".join(f'{kw.upper()}_ENV = "{values["env"]}_{kw.upper()}"' for kw in scheme.credentials),
        "credential_args": credential_args,
        "credential_params": ", ".join(f"{kw}: str | None" for kw in scheme.credentials),
        "credential_names": ", ".join(scheme.credentials),
        "credential_values": credential_values,
        "credential_docs": "\n".join(
            f"        {kw}: falls back to ``{values['env']}_{kw.upper()}``." for kw in scheme.credentials
        ),
    }
    return {
        package / name: _render(f"facade/{name}.tmpl", **facade)
        for name in ("__init__.py", "_client.py", "_calls.py", "_projects.py", "_profile.py")
    }


def _run(command: list[str], root: Path) -> None:
    print(f"$ {' '.join(command)}", flush=True)
    proc = subprocess.run(command, cwd=root, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{command[0]} failed (exit {proc.returncode}); the scaffolded files are in place")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", help="the provider key, snake_case (e.g. acme_cloud)")
    parser.add_argument("--auth", required=True, help="apikey, bearer, or an existing signer (e.g. bce-auth-v1)")
    parser.add_argument("--title", help="the service's name (default: from NAME)")
    parser.add_argument("--base-url", help="the API's address (default: https://api.<name>.example)")
    parser.add_argument("--no-lock", action="store_true", help="do not run `uv lock` afterwards")
    parser.add_argument("--no-regenerate", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    title = args.title or " ".join(w.capitalize() for w in args.name.split("_"))
    base_url = args.base_url or f"https://api.{args.name.replace('_', '-')}.example"
    written = scaffold(args.name, args.auth, title, base_url)
    for rel in written:
        print(f"wrote {rel}")
    if not args.no_regenerate:
        _run([sys.executable, str(ROOT / "scripts" / "regenerate.py"), args.name], ROOT)
    if not args.no_lock:
        _run([str(ROOT / ".tools" / "bin" / "uv"), "lock", "--offline"], ROOT)
    print(f"\n{args.name} is registered. Next: `make setup` (installs it), `make test`, then replace the skeleton in")
    print(f"specs/{args.name}.yaml with the real API and follow docs/adding-a-provider.md.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
