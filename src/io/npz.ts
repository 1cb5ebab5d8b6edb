// The .npz format (numpy/lib/_npyio_impl.py): np.savez's ZIP archive of NAME.npy members, and
// NpzFile's reading of one. Deflate is node:zlib's in Node, src/io/deflate.ts / inflate.ts
// elsewhere (browsers).
import { ValueError, BadZipFile, NotImplementedError } from "../core/errors.js";
import { ndarray } from "../ndarray/ndarray.js";
import { nodeZlib } from "./node.js";
import { strRepr } from "./pyliteral.js";
import { npyHeader, npyData, npyBytes, MAGIC } from "./npy.js";
import { ZipWriter, readDirectory, entryData, crc32, STORED, DEFLATED, type ZipEntry } from "./zip.js";
import { deflate } from "./deflate.js";
import { inflate, InflateError } from "./inflate.js";

/** np.load's result for an archive: each member's array by name (".npy" dropped); a member that
 *  is not a .npy file comes back as its bytes, as NpzFile gives them. */
export type NpzFile = { [name: string]: ndarray | Uint8Array };

/** _savez's names: the keyword arrays in their order, then the positional ones as arr_0, arr_1... */
export function savezMembers(args: readonly unknown[], kwds: Record<string, unknown>): [string, unknown][] {
  const members = Object.entries(kwds);
  args.forEach((a, i) => {
    const key = `arr_${i}`;
    if (Object.hasOwn(kwds, key)) throw new ValueError(`Cannot use un-named variables and keyword ${key}`);
    members.push([key, a]);
  });
  return members;
}

/** The archive of `arrays` into `zip`: stored members take the .npy data straight from wasm
 *  memory; compressed ones deflate a copy. */
export function writeNpz(zip: ZipWriter, arrays: [string, ndarray][], compress: boolean): void {
  for (const [name, a] of arrays) {
    if (compress) {
      const npy = npyBytes(a);
      zip.add(name + ".npy", DEFLATED, [deflateRaw(npy)], npy.length, crc32(npy));
      continue;
    }
    const head = npyHeader(a), d = npyData(a);
    try {
      zip.add(name + ".npy", STORED, [head, d.bytes], head.length + d.bytes.length, crc32(d.bytes, crc32(head)));
    } finally {
      d.done();
    }
  }
  zip.finish();
}

function deflateRaw(b: Uint8Array): Uint8Array {
  const z = nodeZlib();
  return z?.deflateRawSync ? z.deflateRawSync(b) : deflate(b);
}

/** A member's uncompressed bytes, checked against the size and CRC-32 the archive gives. */
function memberBytes(b: Uint8Array, e: ZipEntry): Uint8Array {
  const data = entryData(b, e);
  let out: Uint8Array;
  if (e.method === STORED) out = data.subarray(0, e.size);
  else if (e.method === DEFLATED) out = inflateRaw(data, e.size);
  else {
    const kind = ({ 12: "bzip2", 14: "lzma" } as Record<number, string>)[e.method];
    throw new NotImplementedError(kind ? `numwasm reads stored and deflated .npz members; ${quoted(e)} is ${kind}-compressed`
      : "That compression method is not supported");
  }
  if (out.length !== e.size) throw new BadZipFile(`Bad size for file ${quoted(e)}: the archive says ${e.size} bytes, the data holds ${out.length}`);
  if (crc32(out) !== e.crc) throw new BadZipFile(`Bad CRC-32 for file ${quoted(e)}`);
  return out;
}

const quoted = (e: ZipEntry) => strRepr(e.name);

/** Raw inflate with zlib's errors as Python's zlib.error text. */
function inflateRaw(data: Uint8Array, size: number): Uint8Array {
  const z = nodeZlib();
  try {
    // deflate's best ratio is 1032:1; a bigger size is a lie not worth allocating for
    if (size > data.length * 1032 + 64) throw new InflateError("the sizes in the archive are impossible", -3);
    return z?.inflateRawSync ? z.inflateRawSync(data) : inflate(data, size);
  } catch (err) {
    const e = err as { errno?: number; message?: string };
    if (typeof e?.errno !== "number") throw err;
    const text = e.errno === -5 ? "incomplete or truncated stream" : e.message;
    throw new BadZipFile(`Error ${e.errno} while decompressing data: ${text}`);
  }
}

/** NpzFile's view of the archive `b`, every member read (`readNpy` for .npy content). A name
 *  listed twice (zipfile warns when writing it) reads as its last member, as NpzFile does. */
export function readNpz(b: Uint8Array, readNpy: (bytes: Uint8Array) => ndarray): NpzFile {
  const entries = readDirectory(b);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const out: NpzFile = {};
  for (const { name } of entries) {
    const key = name.endsWith(".npy") ? name.slice(0, -4) : name;
    if (Object.hasOwn(out, key)) continue;
    const data = memberBytes(b, byName.get(byName.has(key) ? key : name)!);
    const isNpy = data.length >= 6 && MAGIC.every((c, i) => data[i] === c);
    // defineProperty: a member named __proto__ is data, not the prototype
    Object.defineProperty(out, key, { value: isNpy ? readNpy(data) : data.slice(), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
