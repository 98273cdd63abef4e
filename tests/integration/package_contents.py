#!/usr/bin/python3
"""Checks the unpacked Vigil .deb: control fields, the file list, icons at every size, the man
page and changelog, embedded translations, then runs the packaged binary.

Usage: package_contents.py PACKAGE_DIR VERSION APP_ID SOURCE_DIR
PACKAGE_DIR holds vigil_*.deb and root/ (made by package_build.sh). Exit 1 lists every problem.
"""
import glob
import gzip
import json
import os
import re
import struct
import subprocess
import sys
import tempfile

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
# Hand-listed because dpkg-shlibdeps cannot see plugins; the others prove the scan ran.
HAND_DEPENDS = ("libqt6sql6-sqlite", "qt6-qpa-plugins", "libqt6svg6")
SCANNED_DEPENDS = ("libc6", "libstdc++6", "libqt6core6", "libqt6widgets6", "libqt6charts6",
                   "libqt6sql6", "libqt6network6", "libqt6dbus6")
ALLOWED_PREFIXES = ("usr/bin/vigil", "usr/share/applications/", "usr/share/metainfo/",
                    "usr/share/icons/hicolor/", "usr/share/man/man1/", "usr/share/doc/vigil/")

problems = []


def check(ok, message):
    if not ok:
        problems.append(message)
    return ok


def control_fields(deb):
    out = subprocess.run(["dpkg-deb", "-f", deb], check=True, capture_output=True, text=True)
    fields, key = {}, None
    for line in out.stdout.splitlines():
        if line.startswith(" ") and key:
            fields[key] += "\n" + line
        else:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def check_control(deb, version):
    f = control_fields(deb)
    arch = subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                          text=True).stdout.strip()
    for key, want in (("Package", "vigil"), ("Version", version), ("Architecture", arch),
                      ("Section", "utils"), ("Priority", "optional"),
                      ("Homepage", "https://github.com/vigilmonitor/vigil")):
        check(f.get(key) == want, f"control {key}: {f.get(key)!r}, expected {want!r}")
    check(re.fullmatch(r"[^<>]+ <[^@<>\s]+@[^@<>\s]+>", f.get("Maintainer", "")),
          f"control Maintainer malformed: {f.get('Maintainer')!r}")
    depends = {d.strip().split(" ")[0] for d in f.get("Depends", "").split(",")}
    for dep in HAND_DEPENDS + SCANNED_DEPENDS:
        check(dep in depends, f"Depends lacks {dep}: {f.get('Depends')!r}")
    # Qt's own translations: recommended, not required (Vigil's are embedded).
    check("qt6-translations-l10n" in f.get("Recommends", ""),
          f"Recommends lacks qt6-translations-l10n: {f.get('Recommends')!r}")
    extended = [l for l in f.get("Description", "").splitlines()[1:] if l.strip() not in ("", ".")]
    check(len(extended) >= 3, f"extended Description too short: {f.get('Description')!r}")


def png_size(path):
    with open(path, "rb") as fh:
        head = fh.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def check_gzip_n(path):
    """gzip -9n: no stored file name, no time stamp (lintian, reproducible builds)."""
    with open(path, "rb") as fh:
        head = fh.read(10)
    check(head[:2] == b"\x1f\x8b", f"{path}: not gzip")
    check(not head[3] & 0x08, f"{path}: stores a file name (use gzip -n)")
    check(head[4:8] == b"\0\0\0\0", f"{path}: stores a time stamp (use gzip -n)")


def check_files(root, version, app_id, source):
    files = sorted(os.path.relpath(os.path.join(d, n), root)
                   for d, _, names in os.walk(root) for n in names)
    for path in files:
        check(path.startswith(ALLOWED_PREFIXES), f"unexpected file in the package: {path}")
    binary = os.path.join(root, "usr/bin/vigil")
    check(os.access(binary, os.X_OK), "usr/bin/vigil missing or not executable")
    for path in (f"usr/share/applications/{app_id}.desktop",
                 f"usr/share/metainfo/{app_id}.metainfo.xml",
                 f"usr/share/icons/hicolor/scalable/apps/{app_id}.svg",
                 "usr/share/doc/vigil/copyright"):
        check(path in files, f"missing {path}")
    for size in ICON_SIZES:
        png = os.path.join(root, f"usr/share/icons/hicolor/{size}x{size}/apps/{app_id}.png")
        if check(os.path.isfile(png), f"missing {size}x{size} icon"):
            check(png_size(png) == (size, size), f"{png}: size {png_size(png)}, want {size}")
    copyright_text = open(os.path.join(root, "usr/share/doc/vigil/copyright")).read()
    check(copyright_text.startswith("Format: https://www.debian.org/doc/packaging-manuals/"
                                    "copyright-format/1.0/"), "copyright is not DEP-5")
    changelog = os.path.join(root, "usr/share/doc/vigil/changelog.gz")
    if check(os.path.isfile(changelog), "missing usr/share/doc/vigil/changelog.gz"):
        check_gzip_n(changelog)
        top = gzip.open(changelog, "rt").readline()
        check(top.startswith(f"vigil ({version})"), f"changelog.gz starts {top!r}, not {version}")
    man = os.path.join(root, "usr/share/man/man1/vigil.1.gz")
    if check(os.path.isfile(man), "missing usr/share/man/man1/vigil.1.gz"):
        check_gzip_n(man)
    metainfo = open(os.path.join(root, f"usr/share/metainfo/{app_id}.metainfo.xml")).read()
    first_release = re.search(r'<release version="([^"]+)"', metainfo)
    check(first_release and first_release.group(1) == version,
          f"newest metainfo release is not {version}")
    # rcc stores resource names as UTF-16BE; each translations/*.ts becomes an embedded .qm.
    blob = open(binary, "rb").read()
    for ts in glob.glob(os.path.join(source, "translations", "*.ts")):
        qm = os.path.basename(ts)[:-3] + ".qm"
        check(qm.encode("utf-16-be") in blob, f"{qm} is not embedded in usr/bin/vigil")


def run(binary, *args, env):
    return subprocess.run([binary, *args], capture_output=True, text=True, env=env, timeout=60)


def check_binary(root, version):
    binary = os.path.join(root, "usr/bin/vigil")
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
        env.update(HOME=home, XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
                   XDG_CACHE_HOME=f"{home}/cache", QT_QPA_PLATFORM="offscreen")
        out = run(binary, "--version", env=env)
        check(out.returncode == 0 and version in out.stdout,
              f"vigil --version: exit {out.returncode}, {out.stdout!r} {out.stderr!r}")
        out = run(binary, "--report", "--json", env=env)
        # 0 healthy, 1 warning, 2 critical: all valid on a busy machine; 3 is an error.
        check(out.returncode in (0, 1, 2),
              f"vigil --report --json: exit {out.returncode}, stderr {out.stderr!r}")
        try:
            report = json.loads(out.stdout)
            check(report.get("status") in ("healthy", "warning", "critical"),
                  f"report status {report.get('status')!r}")
        except json.JSONDecodeError as e:
            check(False, f"vigil --report --json is not JSON ({e}): {out.stdout[:200]!r}")
        helptext = run(binary, "--help", env=env).stdout
    man = gzip.open(os.path.join(root, "usr/share/man/man1/vigil.1.gz"), "rt").read()
    man = man.replace("\\-", "-")
    options = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", helptext))
    check(len(options) >= 10, f"too few options parsed from --help: {sorted(options)}")
    for option in sorted(options):
        check(re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", man),
              f"man page does not document {option} (vigil --help lists it)")


def main():
    pkgdir, version, app_id, source = sys.argv[1:5]
    debs = glob.glob(os.path.join(pkgdir, "vigil_*.deb"))
    if len(debs) != 1:
        sys.exit(f"expected one vigil_*.deb in {pkgdir}, found {debs}")
    root = os.path.join(pkgdir, "root")
    check_control(debs[0], version)
    check_files(root, version, app_id, source)
    check_binary(root, version)
    for p in problems:
        print("FAIL:", p)
    print(f"{len(problems)} problem(s) in {debs[0]}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
