"""scripts/generate.py: deterministic output, stale files caught, spec errors located, and packages that
install and work without this repository. Also one small functional test with an inline spec."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import generate
import pytest
from spec_check import ROOT

METASTUDIO = generate.target_for(ROOT / "specs" / "metastudio.yaml")


def test_generation_is_byte_for_byte_deterministic(tmp_path: Path) -> None:
    first = generate.build(METASTUDIO, tmp_path / "a")
    second = generate.build(METASTUDIO, tmp_path / "b")
    files_a = {p.relative_to(first): p.read_bytes() for p in first.rglob("*") if p.is_file()}
    files_b = {p.relative_to(second): p.read_bytes() for p in second.rglob("*") if p.is_file()}
    assert files_a == files_b
    assert Path("metastudio_client/py.typed") in files_a
    assert Path("metastudio_client/_overrides/huawei/signing.py") in files_a
    assert not any(".ruff_cache" in str(p) or "__pycache__" in str(p) for p in files_a)


def test_every_copied_override_opens_with_a_line_naming_its_source(tmp_path: Path) -> None:
    out = generate.build(METASTUDIO, tmp_path)
    copies = sorted((out / "metastudio_client" / "_overrides").glob("*/**/*.py"))
    sources = sorted(p for layer in METASTUDIO.layers for p in (ROOT / "overrides" / layer).rglob("*.py"))
    assert [c.relative_to(out / "metastudio_client" / "_overrides") for c in copies] == [
        s.relative_to(ROOT / "overrides") for s in sources
    ]
    for copy, source in zip(copies, sources, strict=True):
        first, _, rest = copy.read_text(encoding="utf-8").partition("\n")
        assert first == (
            f"# Copied from {source.relative_to(ROOT)} by scripts/generate.py — edit that file, not this copy."
        )
        assert rest == source.read_text(encoding="utf-8")
        assert ast.get_docstring(ast.parse(rest)) == ast.get_docstring(ast.parse(first + "\n" + rest))
    signing = (out / "metastudio_client" / "_overrides" / "huawei" / "signing.py").read_text(encoding="utf-8")
    assert signing.startswith("# Copied from overrides/huawei/signing.py by scripts/generate.py — edit that")


def _layers(root: Path, **names: str) -> None:
    for layer, listed in names.items():
        (root / layer).mkdir()
        (root / layer / "__init__.py").write_text(f"__all__ = {listed}\n")


def test_a_name_exported_by_two_layers_stops_generation_naming_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generate, "OVERRIDES_DIR", tmp_path)
    _layers(tmp_path, base='["Secret", "connect"]', api='["connect", "run"]', mine='["Client"]', twice='["a", "a"]')
    target = generate.Target(ROOT / "specs" / "metastudio.yaml", "p", "p", ("base", "api"), "P")
    with pytest.raises(
        SystemExit,
        match=r"^specs/metastudio.yaml: connect is exported by both overrides/base/ and "
        r"overrides/api/ \(each layer's __all__ lists only the names it defines\)$",
    ):
        generate.public_names(target)
    with pytest.raises(SystemExit, match=r"Client is exported by both the generated client \(client.py\) and overr"):
        generate.public_names(generate.Target(target.spec, "p", "p", ("mine",), "P"))
    with pytest.raises(SystemExit, match=r"^overrides/twice/__init__.py: __all__ lists a more than once$"):
        generate.public_names(generate.Target(target.spec, "p", "p", ("twice",), "P"))
    base = generate.Target(target.spec, "p", "p", ("base",), "P")
    assert generate.public_names(base) == {"base": ["Secret", "connect"]}


def test_the_readme_is_install_then_the_layers_sections_most_specific_first(tmp_path: Path) -> None:
    readme = (generate.build(METASTUDIO, tmp_path) / "README.md").read_text(encoding="utf-8")
    lines = readme.splitlines()
    assert lines[0] == (
        "<!-- Written by scripts/generate.py from overrides/{common,huawei,metastudio}/README.md: edit those. -->"
    )
    assert lines[1:3] == ["# metastudio-client", ""]
    title = "Huawei Cloud MetaStudio voice training (short jobs and training jobs)"
    assert lines[3] == f"A typed Python client for {title}."
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == [
        "## Install",
        "## Usage",  # overrides/metastudio/README.md
        "## Voice-training tasks",
        "## Credentials and `connect()` options",  # overrides/huawei/README.md
        "## Errors, timeouts and forward compatibility",  # overrides/common/README.md
        "## Retries, rate limits and logging",
        "## The generated functions",
    ]
    assert "pip install ./generated/metastudio-client" in readme and "$" not in readme
    assert "`metastudio_client.ConnectOptions`" in readme
    assert "from metastudio_client import HuaweiCredentials, connect" in readme


def test_a_readme_placeholder_the_generator_does_not_know_stops_generation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generate, "OVERRIDES_DIR", tmp_path)
    _layers(tmp_path, api="[]")
    (tmp_path / "api" / "README.md").write_text("pip install $pakage\n")
    target = generate.Target(ROOT / "specs" / "metastudio.yaml", "p", "p", ("api",), "P")
    with pytest.raises(SystemExit, match=r"api/README.md: placeholder 'pakage': known are \$project, \$package, "):
        generate._readme(target)
    (tmp_path / "api" / "README.md").write_text("costs $$5 in $project\n")
    assert generate._readme(target).endswith("\ncosts $5 in p\n")


def test_differences_name_changed_missing_and_extra_files(tmp_path: Path) -> None:
    fresh = generate.build(METASTUDIO, tmp_path / "fresh")
    committed = ROOT / "generated" / "tmp-test-copy"
    try:
        subprocess.run(["cp", "-r", str(fresh), str(committed)], check=True)
        (committed / "metastudio_client" / "client.py").write_text("# edited by hand\n")
        (committed / "metastudio_client" / "types.py").unlink()
        (committed / "metastudio_client" / "stale.py").write_text("")
        found = generate.differences(fresh, committed)
    finally:
        subprocess.run(["rm", "-rf", str(committed)], check=True)
    assert found == [
        "generated/tmp-test-copy/metastudio_client/client.py (content differs)",
        "generated/tmp-test-copy/metastudio_client/stale.py (not produced by the generator)",
        "generated/tmp-test-copy/metastudio_client/types.py (missing from generated/)",
    ]


def test_a_spec_error_stops_generation_naming_file_and_line(tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text((ROOT / "specs" / "metastudio.yaml").read_text().replace("type: integer", "type: integr", 1))
    result = subprocess.run(
        [sys.executable, "scripts/generate.py", str(spec)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "spec error, nothing generated" in result.stderr and "bad.yaml:" in result.stderr
    assert "'integr' is not valid" in result.stderr


def test_only_changed_inputs_are_regenerated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(generate, "GENERATED_DIR", tmp_path)
    generate.generate([METASTUDIO], force=False)
    stamp = (tmp_path / "metastudio-client" / generate.STAMP).read_text().strip()
    generate.generate([METASTUDIO], force=False)
    assert stamp == generate.inputs_hash(METASTUDIO)
    assert capsys.readouterr().out.splitlines()[1] == "metastudio-client: up to date"
    (tmp_path / "metastudio-client" / generate.STAMP).write_text("stale\n")
    generate.generate([METASTUDIO], force=False)
    assert "generated from specs/metastudio.yaml" in capsys.readouterr().out


def test_package_installs_and_works_without_this_repository(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet", "-w", str(wheels),
         str(METASTUDIO.output)],
        check=True, capture_output=True,
    )  # fmt: skip
    wheel = next(wheels.glob("metastudio_client-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "metastudio_client/py.typed" in names and "metastudio_client/_overrides/metastudio/service.py" in names
    assert not any(name.endswith("dependencies.txt") for name in names)
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    requires = [line.partition(": ")[2] for line in metadata.splitlines() if line.startswith("Requires-Dist: ")]
    assert requires == ["httpx<0.29.0,>=0.23.1", "attrs>=22.2.0", "anyio>=4", "sniffio>=1.3", "tenacity>=9"]
    target = tmp_path / "site"
    install = [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)]
    subprocess.run(install, check=True, capture_output=True)
    script = textwrap.dedent("""
        import sys, metastudio_client
        assert metastudio_client.__file__.startswith(sys.argv[1]), metastudio_client.__file__
        assert not any("tests" in p or p.endswith("generated") for p in sys.path[1:] if "site" not in p)
        from metastudio_client import connect, HuaweiCredentials
        client = connect(credentials=HuaweiCredentials("AK0000000000", "sk", "p"))
        print(client.client._base_url)
    """)
    venv_site = next(Path(sys.prefix).glob("lib/python3*/site-packages"))
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path[:0] = [{str(target)!r}, {str(venv_site)!r}]\n{script}",
         str(target)],
        cwd=tmp_path, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "https://metastudio.cn-north-4.myhuaweicloud.com"


def test_layer_dependencies_need_a_dependencies_list_in_the_generated_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    with pytest.raises(SystemExit, match=r"pyproject.toml: no `dependencies = \[...\]` list to add anyio>=4, sniffio"):
        generate._add_dependencies(METASTUDIO, tmp_path)


INLINE_SPEC = """
openapi: 3.0.3
info:
  title: Inline
  version: "1"
  x-client: {package: inline_client, project: inline-client, overrides: [common, huawei]}
paths:
  /things/{id}:
    get:
      operationId: ShowThing
      x-doc-sources: [{url: "https://example.com/doc", title: Show a thing}]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [id]
                properties:
                  id: {type: string}
                  note: {type: string, nullable: true}
                  kind: {type: string, enum: [a, b]}
"""


def test_nullable_fields_keep_their_null_and_others_read_as_unset(tmp_path: Path) -> None:
    spec = tmp_path / "inline.yaml"
    spec.write_text(INLINE_SPEC)
    out = generate.build(generate.target_for(spec), tmp_path / "out")
    script = textwrap.dedent("""
        from inline_client.models import ShowThingResponse200
        from inline_client.types import Unset
        thing = ShowThingResponse200.from_dict({"id": "x", "note": None, "kind": None})
        assert thing.note is None and isinstance(thing.kind, Unset), thing
        assert ShowThingResponse200.from_dict({"id": "x", "kind": "c"}).kind == "c"
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=out, capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr
