"""Golden fixtures for .npz archives: np.savez / np.savez_compressed and np.load of archives.

Sources are gen_bytes.py's ({"hex", "dtype", "shape", "ops"}) or, for big arrays whose data is not
stored, {"arange": n, "mod": m, "dtype": dt, "order": "C" | "F", "shape": [...]}: np.arange(n) % m
as dtype, reshaped in that order. Archives are base64 ("b64") or, when large, {"sha256", "length"}.

saves     savez / savez_compressed calls {fn, args: [src], kwds: [[name, src]], limits?}: NumPy's
          archive. Stored ones are deterministic (zipfile's default 1980 time stamp), so numwasm
          must write the same bytes; deflated ones depend on the zlib build, so the test compares
          describe() (every header field but compressed sizes and offsets, members inflated).
          "limits" lowers zipfile's ZIP64_LIMIT / ZIP_FILECOUNT_LIMIT to reach its ZIP64 records.
loads     archives NumPy or zipfile wrote (base64): the keys and values np.load gives ({"bytes"}
          for members that are not .npy files; a big array's bytes as their "sha256"), in
          NpzFile's order.
errors    damaged archives: np.load and reading every member raise "expect" in NumPy (null: no
          error) and "numwasm" (when given) in numwasm.
"""
import base64
import contextlib
import hashlib
import io
import os
import struct
import sys
import warnings
import zipfile
import zlib

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from common import dump, err
from gen_bytes import Src, arr, DTYPES

warnings.simplefilter("ignore")
OUT = os.path.join(os.path.dirname(__file__), "..", "fixtures", "npz.json")
INLINE = 1 << 15  # archives up to this size are stored whole


def big(n, dtype, mod=None, shape=None, order="C"):
    return {"arange": n, "mod": mod or n, "dtype": dtype, "shape": shape or [n], "order": order}


def py(src):
    if "arange" in src:
        a = (np.arange(src["arange"]) % src["mod"]).astype(src["dtype"])
        return a.reshape(src["shape"], order=src["order"])
    s = Src.__new__(Src)
    s.hex, s.dtype, s.shape, s.ops = src["hex"], src["dtype"], src["shape"], src["ops"]
    return s.py()


def archive(b):
    if len(b) <= INLINE:
        return {"b64": base64.b64encode(b).decode()}
    return {"sha256": hashlib.sha256(b).hexdigest(), "length": len(b)}


def describe(b):
    """Every field of the archive but compressed sizes and offsets (they depend on the deflate
    implementation); members inflated to the sha256 of their content. test/npz.test.mjs has the
    same walk."""
    out, p = {"local": [], "central": []}, 0
    while b[p:p + 4] == b"PK\x03\x04":
        f = list(struct.unpack("<4x2B4HL2L2H", b[p:p + 30]))
        name = b[p + 30:p + 30 + f[9]]
        extra = bytearray(b[p + 30 + f[9]:p + 30 + f[9] + f[10]])
        size, csize = struct.unpack("<QQ", extra[4:20])
        extra[12:20] = b"\0" * 8
        data = b[p + 30 + len(name) + len(extra):][:csize]
        content = zlib.decompress(data, -15) if f[3] == 8 else data
        assert len(content) == size
        out["local"].append({"fields": f, "name": name.hex(), "extra": extra.hex(),
                             "sha256": hashlib.sha256(content).hexdigest()})
        p += 30 + len(name) + len(extra) + csize
    while b[p:p + 4] == b"PK\x01\x02":
        f = list(struct.unpack("<4x4B4HL2L5H2L", b[p:p + 46]))
        name, extra = b[p + 46:p + 46 + f[11]], bytearray(b[p + 46 + f[11]:p + 46 + f[11] + f[12]])
        if extra[:2] == b"\x01\x00":  # ZIP64 values of the fields that say 0xFFFFFFFF
            q = 4
            for i in [10, 9, 17]:  # size, compressed size, offset
                if f[i] == 0xFFFFFFFF:
                    if i != 10:
                        extra[q:q + 8] = bytes(8)
                    q += 8
        f[9] = f[17] = None  # compressed size, offset
        out["central"].append({"fields": f, "name": name.hex(), "extra": extra.hex()})
        p += 46 + len(name) + len(extra)
    out["zip64_end"] = None
    if b[p:p + 4] == b"PK\x06\x06":
        out["zip64_end"] = list(struct.unpack("<4xQ2H2L4Q", b[p:p + 56]))[:-1]  # (not the offset)
    end = list(struct.unpack("<4x4H2LH", b[-22:]))
    end[5] = None  # central directory offset
    out["end"] = end
    return out


@contextlib.contextmanager
def zip_limits(lim):
    saved = zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT
    if lim:
        zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = lim["zip64"], lim["count"]
    try:
        yield
    finally:
        zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = saved


def save_cases():
    cases = []

    def add(fn, args=(), kwds=(), limits=None, check_load=True):
        f = io.BytesIO()
        with zip_limits(limits):
            getattr(np, fn)(f, *[py(a) for a in args], **{k: py(v) for k, v in kwds})
        b = f.getvalue()
        c = {"fn": fn, "args": list(args), "kwds": [list(kv) for kv in kwds], "npz": archive(b)}
        if fn == "savez_compressed":
            c["describe"] = describe(b)
        if limits:
            c["limits"] = limits
        cases.append(c)

    for fn in ["savez", "savez_compressed"]:
        # every dtype in several layouts
        for dt in DTYPES:
            add(fn, [Src(dt, [7]).js(), Src(dt, []).js()], [["f", Src(dt, [3, 4], ["T"]).js()], ["e", Src(dt, [0, 3]).js()]])
            add(fn, kwds=[["x", Src(dt, [4, 6], ["::2, 1::2"]).js()], ["y", Src(dt, [2, 3, 4], ["T"]).js()]])
        add(fn)  # no arrays: an empty archive
        add(fn, [Src("float64", [5, 1]).js(), Src("int32", [1, 5], ["T"]).js(), Src("uint8", [6], ["::-1"]).js()])
        names = ["", "a b", "ü", "日本語", "a/b/c", "x.npy", "x.npz", "a\\b", "'quote\"", "tab\tnl\n", "emoji 😀",
                 "arr_0x", "__proto__", "constructor", "nul\0cut", "-", "." * 40]
        add(fn, kwds=[[nm, Src("int16", [2]).js()] for nm in names])
        # big: several deflate blocks, stored members past 64 KiB
        add(fn, kwds=[["big", big(300000, "float64", 1000)], ["f", big(100000, "int32", 7, [400, 250], "F")]])
        add(fn, [big(70000, "uint8", 251), big(65536, "int64")])
    # ZIP64 end records and central extra fields, reached with lowered limits (the same records
    # NumPy writes for > 2 GiB or > 65535 members)
    for lim in [{"zip64": 0, "count": 0}, {"zip64": 0, "count": 0xffff}, {"zip64": 0x7fffffff, "count": 1},
                {"zip64": 200, "count": 0xffff}]:
        for fn in ["savez", "savez_compressed"]:
            add(fn, [Src("int8", [3]).js()], [["b", Src("float32", [40]).js()], ["c", Src("uint16", [2, 2]).js()]], limits=lim)
    return cases


def npz_bytes(fn, *args, **kwds):
    f = io.BytesIO()
    getattr(np, fn)(f, *args, **kwds)
    return f.getvalue()


def load_result(b):
    """What np.load gives for the archive, each member read: pairs in NpzFile's order."""
    d = np.load(io.BytesIO(b))
    out, seen = [], set()
    for k in d.files:
        if k in seen:
            continue
        seen.add(k)
        v = d[k]
        out.append([k, {"bytes": v.hex()} if isinstance(v, bytes) else small(arr(v))])
    return out


def small(a):
    """A big array's expected bytes as their sha256."""
    if len(a["hex"]) > 4096:
        a["sha256"] = hashlib.sha256(bytes.fromhex(a.pop("hex"))).hexdigest()
    return a


def zip_with(members, compression=zipfile.ZIP_STORED, comment=b"", seekable=True, limits=None, **kw):
    """An archive zipfile writes: members are (name or ZipInfo, bytes) pairs."""
    f = io.BytesIO()
    target = f if seekable else Unseekable(f)
    with zip_limits(limits), zipfile.ZipFile(target, "w", compression=compression, **kw) as z:
        for name, data in members:  # (a ZipInfo: zipfile's fixed 1980 time stamp, not the clock)
            z.writestr(zipfile.ZipInfo(name), data, compression, kw.get("compresslevel"))
        z.comment = comment
    return f.getvalue()


class Unseekable(io.RawIOBase):
    """A write-only stream: zipfile then writes data descriptors after each member."""
    def __init__(self, f):
        self.f = f

    def writable(self):
        return True

    def write(self, b):
        return self.f.write(b)

    def flush(self):
        pass


def npy(a):
    f = io.BytesIO()
    np.save(f, a)
    return f.getvalue()


def load_cases():
    a, b3 = np.arange(6.0).reshape(2, 3), np.array([True, False, True])
    cases = {
        "numpy stored": npz_bytes("savez", a, b3, z=np.asfortranarray(a)),
        "numpy deflated": npz_bytes("savez_compressed", a, b3, big=np.arange(20000, dtype=np.int64) % 977),
        "numpy deflated big-endian": npz_bytes("savez_compressed", x=np.arange(5, dtype=">i4"), y=np.arange(3, dtype=">f8")),
        "empty archive": npz_bytes("savez"),
        "comment": zip_with([("a.npy", npy(a))], comment=b"an archive comment"),
        # data before the archive (np.load needs it to start as a ZIP does): offsets shift
        "prepended data": b"PK\x03\x04 stub\n" * 20 + npz_bytes("savez", a=a, b=b3),
        "not npy members": zip_with([("a.npy", npy(a)), ("readme.txt", b"hello"), ("dir/", b""), ("data.bin", bytes(range(256))),
                                     ("fake.npy", b"not an array")]),
        "npy content without .npy name": zip_with([("plain", npy(b3))]),
        "a and a.npy": zip_with([("a.npy", npy(a)), ("a", npy(b3))]),
        "a.npy and a": zip_with([("a", npy(b3)), ("a.npy", npy(a))]),
        "duplicate names": zip_with([("d.npy", npy(a)), ("d.npy", npy(b3))]),
        "__proto__": zip_with([("__proto__.npy", npy(b3)), ("toString.npy", npy(a))]),
        "data descriptors": zip_with([("a.npy", npy(a)), ("b.npy", npy(b3))], seekable=False),
        "data descriptors deflated": zip_with([("a.npy", npy(a))], zipfile.ZIP_DEFLATED, seekable=False),
        "deflate level 1": zip_with([("a.npy", npy(np.arange(5000) % 13))], zipfile.ZIP_DEFLATED, compresslevel=1),
        "deflate level 9": zip_with([("a.npy", npy(np.arange(5000) % 13))], zipfile.ZIP_DEFLATED, compresslevel=9),
        "deflate level 0": zip_with([("a.npy", npy(np.arange(5000) % 13))], zipfile.ZIP_DEFLATED, compresslevel=0),
        "zip64 records": zip_with([("a.npy", npy(a)), ("b.npy", npy(b3))], limits={"zip64": 0, "count": 0}),
        "utf-8 names": zip_with([("日本.npy", npy(a)), ("ü.npy", npy(b3))]),
    }
    # names in code page 437 (no UTF-8 flag): zipfile writes non-ASCII names as UTF-8, so patch the bytes
    cases["cp437 names"] = zip_with([("cafX.npy", npy(b3)), ("Y.npy", npy(a))]).replace(b"cafX", b"caf\x82").replace(b"Y.npy", b"\xe1.npy")
    return [{"name": k, "npz": base64.b64encode(v).decode(), "expect": load_result(v)} for k, v in cases.items()]


def load_error(b):
    try:
        load_result(b)
    except Exception as e:  # noqa: BLE001 - every error class is a result here
        if isinstance(e, zlib.error):  # numwasm: BadZipFile with zlib's text
            return {"error": "BadZipFile", "message": str(e)}
        return err(e)
    return None  # NumPy reads it


def error_cases():
    good = npz_bytes("savez", a=np.arange(6.0), b=np.arange(3, dtype=np.int8))
    comp = npz_bytes("savez_compressed", a=np.arange(1000.0))
    cd = good.index(b"PK\x01\x02")
    end = good.index(b"PK\x05\x06")
    first_data = 30 + 5 + 20

    def patch(b, at, new):
        return b[:at] + new + b[at + len(new):]

    bad = {
        "not a zip": b"PK\x03\x04" + b"\0" * 100,
        "short": b"PK\x03\x04",
        "prepended, not zip-like": b"#!/bin/sh\n" + good,
        "cut in data": good[:100],
        "cut in central directory": good[:cd + 20],
        "cut end record": good[:-3],
        "bad central signature": patch(good, cd, b"PK\x01\x09"),
        "bad local signature": patch(good, good.index(b"PK\x03\x04", 1), b"PK\x03\x09"),
        "bad crc": patch(good, first_data + 130, b"\xff"),
        "stored size too big": patch(good, cd + 20, struct.pack("<LL", 10 ** 4, 10 ** 4)),
        "deflated size too small": patch(comp, comp.index(b"PK\x01\x02") + 20, struct.pack("<L", 100)),
        "deflated size too big": patch(comp, comp.index(b"PK\x01\x02") + 24, struct.pack("<L", 10 ** 5)),
        "name differs": patch(good, 30, b"z"),
        "central offset too big": patch(good, end + 16, struct.pack("<L", cd + 1000)),
        "local offset past end": patch(good, cd + 42, struct.pack("<L", 10 ** 6)),
        "corrupt extra": patch(patch(good, cd + 30, struct.pack("<H", 8)), cd + 46 + 5, b"\x01\x00\x10\x00"),
        "encrypted": patch(patch(good, 6, b"\x01\x00"), cd + 8, b"\x01\x00"),
        "version": patch(good, cd + 6, b"\x40"),
        "multi-disk": good[:end] + b"PK\x06\x07" + struct.pack("<LQL", 1, 0, 2) + good[end:],
        "bzip2 member": zip_with([("a.npy", npy(np.arange(3)))], zipfile.ZIP_BZIP2),
        "bad deflate data": patch(comp, 30 + 5 + 20, b"\xff\xff\xff"),
        "unsupported method": patch(patch(good, 8, b"\x63\x00"), cd + 10, b"\x63\x00"),
        "bad npy member": zip_with([("a.npy", b"\x93NUMPY\x09\x00junk")]),
        "pickled npy member": zip_with([("a.npy", npy(np.array([None, 1], dtype=object)))]),
    }
    out = [{"name": k, "npz": archive(v), "expect": load_error(v)} for k, v in bad.items()]
    for c in out:
        if c["name"] in NUMWASM:
            c["numwasm"] = NUMWASM[c["name"]]
        assert c["expect"] or c.get("numwasm"), c["name"]
    return out


def size_error(n, says, holds):
    return {"error": "BadZipFile", "message": f"Bad size for file '{n}': the archive says {says} bytes, the data holds {holds}"}


# Where numwasm answers otherwise, on purpose. It reads every member whole and checks its size and
# CRC-32; NumPy reads what the .npy header asks for, and zipfile checks the CRC only at a member's end.
NUMWASM = {
    "stored size too big": size_error("a.npy", 10 ** 4, 486),  # (what is left of the archive) NumPy: no error
    "deflated size too big": size_error("a.npy", 10 ** 5, 8128),  # NumPy: no error
    "deflated size too small": {"error": "BadZipFile", "message": "Error -5 while decompressing data: incomplete or truncated stream"},
    "central offset too big": {"error": "BadZipFile", "message": "Bad offset for file header"},  # NumPy: BytesIO's seek error
    "pickled npy member": {"error": "TypeError",  # numwasm has no object arrays, allowed or not
                           "message": "numwasm cannot load data of dtype '|O' (bool, integer and float32 / float64 data only)"},
    "bzip2 member": {"error": "NotImplementedError",  # NumPy reads bzip2 and lzma members
                     "message": "numwasm reads stored and deflated .npz members; 'a.npy' is bzip2-compressed"},
}


def savez_errors():
    out = []
    for args, kwds in [([np.arange(3)], {"arr_0": np.arange(2)}), ([np.arange(3), np.arange(2)], {"arr_1": np.arange(2)})]:
        try:
            np.savez(io.BytesIO(), *args, **kwds)
        except Exception as e:  # noqa: BLE001
            out.append({"args": len(args), "kwds": list(kwds), "expect": err(e)})
    return out


def many_members():
    """70000 members: more than a ZIP end record counts, so NumPy writes the ZIP64 ones."""
    b = npz_bytes("savez", *[np.array(i % 256, dtype=np.uint8) for i in range(70000)])
    return {"count": 70000, "npz": archive(b)}


def main():
    dump(OUT, {"saves": save_cases(), "loads": load_cases(), "errors": error_cases(), "savez_errors": savez_errors(),
               "many": many_members()})


if __name__ == "__main__":
    main()
