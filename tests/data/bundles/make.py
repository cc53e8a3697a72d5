#!/usr/bin/env python3
"""Builds the hand-made case bundles the tests read (tests/model/tst_casebundle.cpp,
tests/cli/tst_clibundle.cpp): one good bundle, and one hostile bundle for each way a bundle can
lie or break. Run it from anywhere; it rewrites the .habeas files beside it. The outputs are
committed, so the tests never need Python.

    python3 tests/data/bundles/make.py

encrypted.habeas (and encrypted-truncated.habeas, cut from it) is written by Habeas itself:
    habeas-cli --library L bundle export 1 --out encrypted.habeas --encrypt --passphrase-stdin
with the passphrase "correct horse battery staple", over good.habeas imported into L.
"""
import hashlib
import io
import json
import os
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2026, 3, 1, 9, 30, 0)
NOW = "2026-03-01T01:30:00Z"
BUNDLE_ID = "0d3f5a8e-2c41-4b9a-9e57-6a1b8c2d4e70"
EXHIBIT = ("首次登录页面截图：职业、学习阶段、学习目的、英语水平、真实姓名均为必填项。\n" * 8).encode()


def sha(data):
    return hashlib.sha256(data).hexdigest()


def case_json(exhibit_sha, exhibit_size):
    row = lambda **kw: kw
    tables = {
        "cases": [row(id=7, title="教学案例：强制收集个人信息", kind="clinic", stage="intake",
                      case_number="", court="北京互联网法院", cause="个人信息保护纠纷",
                      filed_on=None, notes="", created_at=NOW, updated_at=NOW, trashed_at=None,
                      closed_on=None, bundle_id=BUNDLE_ID)],
        "parties": [
            row(id=11, case_id=7, role="plaintiff", type="person", position=0, name="罗某",
                created_at=NOW, updated_at=NOW),
            row(id=12, case_id=7, role="agent", type="person", position=1, name="某律师",
                represents_id=11, created_at=NOW, updated_at=NOW),
        ],
        "events": [row(id=21, case_id=7, date="2021-01-20", precision="day",
                       text="原告首次登录被告App，被要求填写真实姓名。", disputed=0,
                       created_at=NOW, updated_at=NOW)],
        "evidence_items": [row(id=31, case_id=7, sha256=exhibit_sha, group_no=1, seq=1,
                               title="首次登录页面截图", original_name="shot.txt",
                               size=exhibit_size, media_type="text/plain", created_at=NOW,
                               updated_at=NOW)],
        "event_evidence": [row(event_id=21, evidence_id=31)],
        "evidence_pages": [row(id=41, evidence_id=31, page=1, origin="text",
                               text=EXHIBIT.decode())],
    }
    return json.dumps({"tables": tables}, ensure_ascii=False, indent=1).encode()


def manifest(entries, version=1, override=None, schema=9):
    m = {
        "format": "habeas-case-bundle", "formatVersion": version, "schemaVersion": schema,
        "createdAt": NOW, "application": "make.py", "bundleId": BUNDLE_ID,
        "case": {"title": "教学案例：强制收集个人信息", "kind": "clinic"},
        "counts": {},
        "entries": [{"path": p, "size": len(d), "sha256": sha(d)} for p, d in entries],
    }
    for e in m["entries"]:
        e.update((override or {}).get(e["path"], {}))
    return json.dumps(m, ensure_ascii=False, indent=1).encode()


def good_entries():
    cj = case_json(sha(EXHIBIT), len(EXHIBIT))
    return [("case.json", cj), ("blobs/" + sha(EXHIBIT), EXHIBIT)]


def zip_bytes(files, symlinks=()):
    """files: (name, bytes) in order; symlinks: names stored as symbolic links."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = ((0o120777 if name in symlinks else 0o100644) << 16)
            z.writestr(info, data)
    return buf.getvalue()


def patch_sizes(data, sizes):
    """Rewrites the uncompressed size the local and central headers give for named entries."""
    out = bytearray(data)
    for sig, size_at, name_len_at, name_at in ((b"PK\x03\x04", 22, 26, 30),
                                               (b"PK\x01\x02", 24, 28, 46)):
        pos = out.find(sig)
        while pos != -1:
            n = struct.unpack_from("<H", out, pos + name_len_at)[0]
            name = bytes(out[pos + name_at:pos + name_at + n]).decode()
            if name in sizes:
                struct.pack_into("<I", out, pos + size_at, sizes[name])
            pos = out.find(sig, pos + 4)
    return bytes(out)


def bundle(entries, extra=(), version=1, override=None, symlinks=(), schema=9):
    files = list(entries) + list(extra)
    return zip_bytes([("manifest.json", manifest(files, version, override, schema))] + files,
                     symlinks)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    good = good_entries()
    blob = good[1][0]
    write("good.habeas", bundle(good))
    write("dotdot.habeas", bundle(good, [("blobs/../../escaped.txt", b"out of the library")]))
    write("absolute.habeas", bundle(good, [("/tmp/habeas-absolute.txt", b"absolute")]))
    write("symlink.habeas", bundle(good, [("blobs/link", b"/etc/passwd")],
                                   symlinks={"blobs/link"}))
    # Two entries with one name: the manifest lists it once, the archive holds it twice.
    files = [("manifest.json", manifest(good))] + good + [("case.json", good[0][1])]
    write("duplicate.habeas", zip_bytes(files))
    # The blob's bytes differ from those the manifest hashed (same size).
    altered = bytearray(EXHIBIT)
    altered[10] ^= 0x01
    write("altered.habeas", zip_bytes([("manifest.json", manifest(good)), good[0],
                                       (blob, bytes(altered))]))
    # The manifest gives case.json fewer bytes than it has.
    write("lying-manifest.habeas",
          bundle(good, override={"case.json": {"size": len(good[0][1]) - 100}}))
    # An entry that inflates to 32 MiB while its headers and the manifest say 512 bytes.
    bomb = b"\0" * (32 << 20)
    bomb_name = "blobs/" + sha(bomb[:512])
    bomb_entries = [good[0], (blob, EXHIBIT), (bomb_name, bomb)]
    data = zip_bytes([("manifest.json", manifest(bomb_entries, override={
        bomb_name: {"size": 512, "sha256": sha(bomb[:512])}}))] + bomb_entries)
    write("bomb-entry.habeas", patch_sizes(data, {bomb_name: 512}))
    # Entries whose headers claim 4 GiB each: 20 GiB in all, beyond any bundle.
    many = [("blobs/%064x" % i, b"x") for i in range(5)]
    data = zip_bytes([("manifest.json", manifest(good))] + good + many)
    write("bomb-total.habeas", patch_sizes(data, {n: 0xFFFFFFF0 for n, _ in many}))
    whole = open(os.path.join(HERE, "good.habeas"), "rb").read()
    write("truncated.habeas", whole[: len(whole) // 2])
    write("future.habeas", bundle(good, version=2))
    # Format 1, but written from a newer library whose cases have a column this one lacks.
    newer = json.loads(good[0][1])
    newer["tables"]["cases"][0]["review_state"] = "open"
    write("newer-schema.habeas", bundle([("case.json", json.dumps(newer, ensure_ascii=False)
                                                    .encode()), good[1]], schema=99))
    # Passes every check before the first write, then the library refuses a row (a case kind
    # that does not exist) after the original went into the blob store: all of it taken back.
    refused = json.loads(good[0][1])
    refused["tables"]["cases"][0]["kind"] = "bogus"
    unique = EXHIBIT + b"refused"
    refused["tables"]["evidence_items"][0].update(sha256=sha(unique), size=len(unique))
    write("refused-row.habeas", bundle([("case.json", json.dumps(refused, ensure_ascii=False)
                                                    .encode()), ("blobs/" + sha(unique), unique),
                                        ("thumbs/" + sha(unique) + ".png", b"\x89PNG thumb")]))
    write("not-a-zip.habeas", "这不是一个案件包，只是一段文字。\n".encode() * 20)
    enc = os.path.join(HERE, "encrypted.habeas")
    if os.path.exists(enc):
        sealed = open(enc, "rb").read()
        write("encrypted-truncated.habeas", sealed[: len(sealed) - 40])


if __name__ == "__main__":
    main()
