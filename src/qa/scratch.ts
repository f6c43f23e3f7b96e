/**
 * Named typed-array buffers that grow on demand and are reused from one question to the next. Callers
 * must leave them zeroed (clearing only what they touched), which is what makes reuse cheap.
 */
export class Scratch {
  private readonly float64 = new Map<string, Float64Array>();
  private readonly uint8 = new Map<string, Uint8Array>();
  private readonly uint32 = new Map<string, Uint32Array>();

  floats(name: string, size: number): Float64Array {
    return grow(this.float64, name, size, (n) => new Float64Array(n));
  }

  bytes(name: string, size: number): Uint8Array {
    return grow(this.uint8, name, size, (n) => new Uint8Array(n));
  }

  ints(name: string, size: number): Uint32Array {
    return grow(this.uint32, name, size, (n) => new Uint32Array(n));
  }
}

function grow<T extends { length: number }>(
  buffers: Map<string, T>,
  name: string,
  size: number,
  make: (size: number) => T,
): T {
  let buffer = buffers.get(name);
  if (buffer === undefined || buffer.length < size) {
    buffer = make(size);
    buffers.set(name, buffer);
  }
  return buffer;
}
