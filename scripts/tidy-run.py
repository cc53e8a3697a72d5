#!/usr/bin/env python3
"""Runs clang-tidy-16 over the given files in parallel, remembering the clean ones (scripts/tidy).

A file found clean is not checked again while nothing it reads changes: the key is a hash of
clang-tidy's version, .clang-tidy, the extra checks, the compile command and the file's
preprocessed text with its comments (so headers, macros and NOLINT comments all count). Only
clean results are remembered; a file with findings is checked again on every run. The cache is
a folder of empty files, one per clean key (HABEAS_TIDY_CACHE, default ~/.cache/habeas-tidy);
entries unused for 60 days are removed.

usage: tidy-run.py BUILD_DIR JOBS EXTRA_CHECKS FILE...   (EXTRA_CHECKS may be empty)
"""
import concurrent.futures
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
import time

TIDY = "clang-tidy-16"


def preprocess_key(entry, salt):
    """The cache key of one compile_commands entry, or None when it cannot be preprocessed."""
    args = shlex.split(entry["command"]) if "command" in entry else list(entry["arguments"])
    if os.path.basename(args[0]) == "ccache":
        args = args[1:]
    out = []
    skip = False
    for a in args:
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-c", "-MD", "-MMD"):
            continue
        out.append(a)
    out += ["-E", "-C", "-o", "-"]
    try:
        text = subprocess.run(out, cwd=entry["directory"], capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    h = hashlib.sha256(salt)
    h.update(entry["command"].encode() if "command" in entry else repr(args).encode())
    h.update(text)
    return h.hexdigest()


def main():
    build, jobs, extra, files = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
    cache = os.environ.get("HABEAS_TIDY_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "habeas-tidy")
    os.makedirs(cache, exist_ok=True)
    entries = {os.path.realpath(e["file"]): e
               for e in json.load(open(os.path.join(build, "compile_commands.json")))}
    version = subprocess.run([TIDY, "--version"], capture_output=True, text=True).stdout
    salt = (version + open(".clang-tidy").read() + extra).encode()

    tidy = [TIDY, "-p", build, "--quiet", "--extra-arg=-Wno-unknown-warning-option"]
    if extra:
        tidy.append("--checks=" + extra)

    def check(path):
        key = preprocess_key(entries[path], salt)
        mark = os.path.join(cache, key) if key else None
        if mark and os.path.exists(mark):
            os.utime(mark)
            return path, True, ""
        r = subprocess.run(tidy + [path], capture_output=True, text=True)
        if r.returncode == 0 and mark:
            open(mark, "w").close()
        return path, False, (r.stdout + r.stderr) if r.returncode != 0 else ""

    start = time.time()
    cached = 0
    failed = []
    findings = set()
    log = open(os.path.join(build, "tidy.log"), "w", encoding="utf-8")
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for path, hit, output in pool.map(check, files):
            cached += hit
            if output:
                failed.append(path)
                log.write(output)
                for line in output.splitlines():
                    if (re.search(r"(warning|error): ", line) and "Wno-unknown" not in line
                            and line not in findings):
                        findings.add(line)
                        print(line, flush=True)
    log.close()
    # Forget what has not been used for 60 days.
    for name in os.listdir(cache):
        p = os.path.join(cache, name)
        if time.time() - os.path.getmtime(p) > 60 * 86400:
            os.remove(p)
    print(f"scripts/tidy: {len(files)} file(s), {cached} clean from the cache, "
          f"{int(time.time() - start)} s; full output in {build}/tidy.log")
    if failed:
        print(f"scripts/tidy: clang-tidy found problems in {len(failed)} file(s) (see above)",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
