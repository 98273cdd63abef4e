#!/usr/bin/python3
"""Compares `vigil --report --json` with python3-psutil sampled at the same time on this machine.

Memory total exact, memory used % within 1 point, every filesystem psutil reports with its used %
within 0.5 point, CPU core count equal. Exit 0 on agreement, 1 with the differences listed.
"""
import json
import subprocess
import sys

import psutil

vigil = sys.argv[1]


def psutil_view():
    vm = psutil.virtual_memory()
    filesystems = {}
    for part in psutil.disk_partitions(all=False):
        try:
            filesystems[part.mountpoint] = psutil.disk_usage(part.mountpoint).percent
        except OSError:
            pass
    return vm.total, vm.percent, filesystems, psutil.cpu_count(logical=True)


# psutil reads right before and right after vigil's two samples; vigil must agree with one of
# them (memory moves by a few MB between reads, a filesystem by a few blocks).
before = psutil_view()
proc = subprocess.run([vigil, "--report", "--json", "--interval", "500ms"],
                      capture_output=True, text=True, timeout=60)
after = psutil_view()
if proc.returncode not in (0, 1, 2):
    print(f"vigil exited {proc.returncode}: {proc.stderr}")
    sys.exit(1)
report = json.loads(proc.stdout)

series = report["series"]


def values(name):
    return [s for s in series if s["name"] == name]


errors = []
mem_total = values("memory_total_bytes")[0]["value"]
if mem_total != before[0] or mem_total != after[0]:
    errors.append(f"memory total: vigil {mem_total}, psutil {before[0]}/{after[0]}")

mem_used = values("memory_used_percent")[0]["value"]
if not any(abs(mem_used - p[1]) <= 1.0 for p in (before, after)):
    errors.append(f"memory used %: vigil {mem_used:.2f}, psutil {before[1]}/{after[1]}")

vigil_fs = {s["labels"]["mount"]: s["value"] for s in values("filesystem_used_percent")}
for mount in sorted(before[2]):
    if mount not in vigil_fs:
        errors.append(f"filesystem {mount}: reported by psutil, missing in vigil ({sorted(vigil_fs)})")
        continue
    candidates = [p[2].get(mount) for p in (before, after) if mount in p[2]]
    if not any(abs(vigil_fs[mount] - c) <= 0.5 for c in candidates):
        errors.append(f"filesystem {mount} used %: vigil {vigil_fs[mount]:.2f}, psutil {candidates}")

cores = [s for s in values("cpu_usage_percent") if s["labels"]["cpu"] != "total"]
if len(cores) != before[3]:
    errors.append(f"cores: vigil {len(cores)}, psutil {before[3]}")

print(f"memory total {mem_total:.0f} B, used {mem_used:.2f} % (psutil {before[1]}/{after[1]}); "
      f"filesystems {sorted(vigil_fs)}; cores {len(cores)}")
for e in errors:
    print("MISMATCH:", e)
sys.exit(1 if errors else 0)
