// Node's fs for the file functions (np.save / np.load on paths, a.tofile, np.fromfile) and zlib
// for .npz members. There is no static import, so browsers and bundlers load the package without
// them: the modules are looked up at run time (process.getBuiltinModule, or require in CommonJS;
// on older Node an import() started at load time). Failures become Python's OSError /
// FileNotFoundError messages.
import { OSError, FileNotFoundError, TypeError as NpTypeError } from "../core/errors.js";
import { pyRepr } from "../dtype/promotion.js";

/** The part of node:fs used here. */
export interface NodeFs {
  openSync(path: string, flags: string): number;
  closeSync(fd: number): void;
  fstatSync(fd: number): { size: number };
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  writeSync(fd: number, buffer: Uint8Array, offset?: number, length?: number): number;
}

/** The part of node:zlib used here (raw deflate streams, as ZIP members hold them); each is
 *  used where present (crc32 is Node 20.15+), else the TypeScript one browsers use. */
export interface NodeZlib {
  deflateRawSync?(data: Uint8Array): Uint8Array;
  inflateRawSync?(data: Uint8Array): Uint8Array;
  crc32?(data: Uint8Array, value?: number): number;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
const g = globalThis as any;
const isNode = typeof g.process === "object" && !!g.process.versions?.node;
const modules: Record<string, unknown> = {};
if (isNode && !g.process.getBuiltinModule && typeof g.require !== "function") {
  for (const spec of ["node:fs", "node:zlib"]) { // not literals: bundlers leave them alone
    import(/* webpackIgnore: true */ /* @vite-ignore */ spec).then((m) => { modules[spec] = m; }, () => {});
  }
}

/** A Node built-in module, or null outside Node. */
function builtin<T>(spec: string): T | null {
  if (!(spec in modules)) {
    const get = g.process?.getBuiltinModule ?? (typeof g.require === "function" ? g.require : null);
    if (!isNode || !get) return null;
    modules[spec] = get(spec);
  }
  return (modules[spec] as T) ?? null;
}

function nodeFs(): NodeFs {
  const fs = builtin<NodeFs>("node:fs");
  if (!fs) throw new NpTypeError("file paths need Node's fs; in browsers pass bytes (np.load(Uint8Array); np.save(arr), np.savez({ a }) -> Uint8Array)");
  return fs;
}

/** node:zlib, or null (browsers: src/io/deflate.ts and inflate.ts stand in). */
export const nodeZlib = (): NodeZlib | null => builtin<NodeZlib>("node:zlib");

// glibc's strerror texts (Python's messages) for the errors file access meets most
const STRERROR: Record<string, string> = {
  ENOENT: "No such file or directory", EACCES: "Permission denied", EPERM: "Operation not permitted",
  EISDIR: "Is a directory", ENOTDIR: "Not a directory", EEXIST: "File exists", EINVAL: "Invalid argument",
  ENOSPC: "No space left on device", EROFS: "Read-only file system", EMFILE: "Too many open files",
  ENAMETOOLONG: "File name too long", ELOOP: "Too many levels of symbolic links", EBADF: "Bad file descriptor",
};

/** Python's OSError for a failed call on `path`: `[Errno 2] No such file or directory: 'x.npy'`. */
export function osError(e: unknown, path: string): Error {
  const err = e as { code?: string; errno?: number; message?: string };
  if (typeof err?.code !== "string" || typeof err.errno !== "number") return e as Error;
  const errno = Math.abs(err.errno);
  const text = STRERROR[err.code] ?? err.message;
  const Cls = err.code === "ENOENT" ? FileNotFoundError : OSError;
  return new Cls(`[Errno ${errno}] ${text}: ${pyRepr(path)}`, errno, path);
}

/** Run fn on a file opened with `flags` ("r" / "w"), closing it after; errors as Python's. */
export function withFile<T>(path: string, flags: string, fn: (fs: NodeFs, fd: number) => T): T {
  const f = nodeFs();
  let fd: number;
  try {
    fd = f.openSync(path, flags);
  } catch (e) {
    throw osError(e, path);
  }
  try {
    return fn(f, fd);
  } catch (e) {
    throw osError(e, path);
  } finally {
    f.closeSync(fd);
  }
}

/** Read up to `length` bytes at file position `pos` into `buf` from `at`; returns the count. */
export function readFully(f: NodeFs, fd: number, buf: Uint8Array, at: number, length: number, pos: number): number {
  let done = 0;
  while (done < length) {
    const r = f.readSync(fd, buf, at + done, length - done, pos + done);
    if (r === 0) break;
    done += r;
  }
  return done;
}

/** Write all of `bytes` at the file's current position. */
export function writeFully(f: NodeFs, fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += f.writeSync(fd, bytes, done, bytes.length - done);
}
