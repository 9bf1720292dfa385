/**
 * The Content-Security-Policy of the built app (docs/hosting.md#content-security-policy): our own origin only, plus
 * 'wasm-unsafe-eval' (DuckDB-WASM, parquet-wasm, our kernels) and blob: workers, and the data origins
 * chosen at deploy time (EXPORT_INTEL_DATA_ORIGINS, space-separated) for connect-src — a static policy
 * cannot know a URL typed at run time, so hosting docs tell the deployer to list their bucket here.
 */
export function contentSecurityPolicy(dataOrigins: readonly string[], forMeta = false): string {
  const policy = [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self' blob:",
    `connect-src 'self' ${dataOrigins.join(' ')}`.trim(),
    "img-src 'self' data: blob:",
    "style-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  // frame-ancestors is ignored (with a console warning) in a <meta> policy; it belongs in headers.
  if (!forMeta) policy.push("frame-ancestors 'none'");
  return policy.join('; ');
}

export function dataOriginsFromEnv(value: string | undefined): string[] {
  return (value ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((o) => new URL(o).origin);
}
