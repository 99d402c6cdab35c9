// The hot loop of MinHash in WebAssembly SIMD: for 64 permutations h·a + b (mod 2^32), the lowest value over
// every shingle, four permutations per instruction. The JavaScript loop it replaces was ~80 µs of the ingest
// worker's ~330 µs per PolNeAR article outside analyze(). The module is assembled here, byte by byte (no
// toolchain, no binary file): one function, run(count), over one memory laid out as
//   [0, 256) multipliers a · [256, 512) offsets b · [512, 768) the lowest values · [1024, …) the shingle hashes.
// Values are compared signed (i32x4.min_s): minhash.ts adds 2^31 to b so that signed order is unsigned order.

const A_AT = 0, B_AT = 256, LOW_AT = 512, SHINGLES_AT = 1024;
const I32 = 0x7f, V128 = 0x7b;
const leb = (n: number): number[] => { const out: number[] = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n); return out; };
/** i32.const n (its immediate is signed LEB128: 64 needs two bytes). */
const i32 = (n: number): number[] => { const out: number[] = []; for (;;) { const b = n & 0x7f; n >>= 7; if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) { out.push(b); return [0x41, ...out]; } out.push(b | 0x80); } };
const get = (i: number) => [0x20, i], set = (i: number) => [0x21, i];
const simd = (op: number) => [0xfd, ...leb(op)];
const memarg = (align: number, offset: number) => [...leb(align), ...leb(offset)];
const [LOAD, STORE, CONST, SPLAT, ADD, MUL, MIN_S] = [0x00, 0x0b, 0x0c, 0x11, 0xae, 0xb5, 0xb6];
// locals: 0 count (then the end of the shingles), 1 g (byte offset of a block of 16 permutations), 2 p (shingle pointer),
// 3-6 a, 7-10 b, 11-14 lowest so far (four lanes each), 15 the shingle hash in every lane
const a = (k: number) => 3 + k, b = (k: number) => 7 + k, low = (k: number) => 11 + k, H = 15;
const FOUR = [0, 1, 2, 3];
const BODY = [
  2, 2, I32, 13, V128,
  ...get(0), ...i32(2), 0x74, ...i32(SHINGLES_AT), 0x6a, ...set(0),      // end = SHINGLES_AT + count << 2
  ...i32(0), ...set(1),                                                   // g = 0
  0x03, 0x40,                                                             // loop: 4 blocks of 16 permutations
  ...FOUR.flatMap((k) => [...get(1), ...simd(LOAD), ...memarg(4, A_AT + 16 * k), ...set(a(k)),
    ...get(1), ...simd(LOAD), ...memarg(4, B_AT + 16 * k), ...set(b(k)),
    ...simd(CONST), ...new Array<number[]>(4).fill([0xff, 0xff, 0xff, 0x7f]).flat(), ...set(low(k))]),
  ...i32(SHINGLES_AT), ...set(2),                                 // p = SHINGLES_AT
  0x02, 0x40, 0x03, 0x40,                                                 // block, loop: every shingle
  ...get(2), ...get(0), 0x4f, 0x0d, 1,                                    // out when p >= end
  ...get(2), 0x28, ...memarg(2, 0), ...simd(SPLAT), ...set(H),
  ...FOUR.flatMap((k) => [...get(low(k)), ...get(H), ...get(a(k)), ...simd(MUL), ...get(b(k)), ...simd(ADD), ...simd(MIN_S), ...set(low(k))]),
  ...get(2), ...i32(4), 0x6a, ...set(2), 0x0c, 0,                         // p += 4, again
  0x0b, 0x0b,
  ...FOUR.flatMap((k) => [...get(1), ...get(low(k)), ...simd(STORE), ...memarg(4, LOW_AT + 16 * k)]),
  ...get(1), ...i32(64), 0x6a, 0x22, 1, ...i32(256), 0x49, 0x0d, 0, // g += 64, again while g < 256
  0x0b, 0x0b,
];
const section = (id: number, bytes: number[]) => [id, ...leb(bytes.length), ...bytes];
const name = (s: string) => [s.length, ...Buffer.from(s)];
const MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
  ...section(1, [1, 0x60, 1, I32, 0]),                       // type: (i32) -> ()
  ...section(3, [1, 0]),                                     // one function
  ...section(5, [1, 0, 1]),                                  // one memory, one page at first
  ...section(7, [2, ...name('mem'), 2, 0, ...name('run'), 0, 0]),
  ...section(10, [1, ...leb(BODY.length), ...BODY]),
]);

export type LowestHashes = {
  /** Room for `count` shingle hashes, to fill before lowest(count); valid until the next call. */
  shingles(count: number): Int32Array;
  /** The lowest (signed) h·a[j] + b[j] over the first `count` shingles, for each of the 64 permutations j. */
  lowest(count: number): Int32Array;
};

/** An instance for multipliers `a` and offsets `b` (64 each). Example: lowestHashes(A, B).lowest(n) after filling shingles(n). */
export function lowestHashes(multipliers: Int32Array, offsets: Int32Array): LowestHashes {
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(MODULE));
  const memory = exports.mem as WebAssembly.Memory;
  const run = exports.run as (count: number) => void;
  const words = () => new Int32Array(memory.buffer);
  const init = words();
  init.set(multipliers, A_AT / 4);
  init.set(offsets, B_AT / 4);
  return {
    shingles(count) {
      const need = SHINGLES_AT + 4 * count;
      if (need > memory.buffer.byteLength) memory.grow(Math.ceil((need - memory.buffer.byteLength) / 65_536));
      return new Int32Array(memory.buffer, SHINGLES_AT, count);
    },
    lowest(count) {
      run(count);
      return words().subarray(LOW_AT / 4, LOW_AT / 4 + 64);
    },
  };
}
