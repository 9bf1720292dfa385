/**
 * Arrow vectors assembled directly from typed arrays with `makeData` — not with Arrow's builders
 * (`vectorFromArray`): the builders compile their null check with `new Function`, which the app's
 * Content-Security-Policy (no 'unsafe-eval') forbids on the page, so an export built with them fails in
 * the browser while passing every Node test. Every Arrow table the app writes goes through here.
 */
import {
  Bool,
  Float64,
  Int32,
  TimestampMillisecond,
  Utf8,
  makeData,
  makeVector,
  type Vector,
} from 'apache-arrow';

function validity(isValid: (i: number) => boolean, n: number): { bitmap: Uint8Array; nulls: number } {
  const bitmap = new Uint8Array(Math.ceil(n / 8));
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    if (isValid(i)) bitmap[i >> 3] |= 1 << (i & 7);
    else nulls++;
  }
  return { bitmap, nulls };
}

export function utf8Vector(values: readonly (string | null)[]): Vector<Utf8> {
  const encoder = new TextEncoder();
  const parts = values.map((v) => (v === null ? new Uint8Array(0) : encoder.encode(v)));
  const offsets = new Int32Array(values.length + 1);
  for (let i = 0; i < parts.length; i++) offsets[i + 1] = offsets[i] + parts[i].byteLength;
  const data = new Uint8Array(offsets[values.length]);
  parts.forEach((p, i) => data.set(p, offsets[i]));
  const { bitmap, nulls } = validity((i) => values[i] !== null, values.length);
  return makeVector(
    makeData({
      type: new Utf8(),
      length: values.length,
      nullCount: nulls,
      nullBitmap: nulls ? bitmap : null,
      valueOffsets: offsets,
      data,
    }),
  );
}

export function float64Vector(values: readonly (number | null)[]): Vector<Float64> {
  const data = Float64Array.from(values, (v) => v ?? 0);
  const { bitmap, nulls } = validity((i) => values[i] !== null, values.length);
  return makeVector(
    makeData({
      type: new Float64(),
      length: values.length,
      nullCount: nulls,
      nullBitmap: nulls ? bitmap : null,
      data,
    }),
  );
}

export function int32Vector(values: readonly (number | null)[]): Vector<Int32> {
  const data = Int32Array.from(values, (v) => v ?? 0);
  const { bitmap, nulls } = validity((i) => values[i] !== null, values.length);
  return makeVector(
    makeData({
      type: new Int32(),
      length: values.length,
      nullCount: nulls,
      nullBitmap: nulls ? bitmap : null,
      data,
    }),
  );
}

export function boolVector(values: readonly (boolean | null)[]): Vector<Bool> {
  const { bitmap: data } = validity((i) => values[i] === true, values.length);
  const { bitmap, nulls } = validity((i) => values[i] !== null, values.length);
  return makeVector(
    makeData({
      type: new Bool(),
      length: values.length,
      nullCount: nulls,
      nullBitmap: nulls ? bitmap : null,
      data,
    }),
  );
}

export function timestampMsVector(millis: readonly number[]): Vector<TimestampMillisecond> {
  return makeVector(
    makeData({
      type: new TimestampMillisecond(),
      length: millis.length,
      nullCount: 0,
      data: BigInt64Array.from(millis, (m) => BigInt(m)),
    }),
  );
}
