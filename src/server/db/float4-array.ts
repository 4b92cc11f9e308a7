/**
 * A real[] in PostgreSQL's binary array format (`array_send`): 12 header bytes (dimensions,
 * null flag, element type), 8 per dimension (length, lower bound), then per element a 4-byte
 * length and a big-endian float4. The in-process index reads every stored vector this way, and
 * matching on the server the few hundred it scores per ranking (job-vectors.ts).
 */
export function decodeFloat4Array(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ndim = view.getInt32(0);
  if (ndim === 0) return new Float32Array(0);
  if (ndim !== 1) throw new Error(`expected a one-dimensional array, got ${ndim} dimensions`);
  const length = view.getInt32(12);
  const out = new Float32Array(length);
  let at = 20;
  for (let i = 0; i < length; i++) {
    if (view.getInt32(at) !== 4) throw new Error('expected non-null float4 elements');
    out[i] = view.getFloat32(at + 4);
    at += 8;
  }
  return out;
}
