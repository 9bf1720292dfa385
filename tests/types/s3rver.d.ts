// Minimal types for s3rver 3.7 (the package ships none): what our tests use.
declare module 's3rver' {
  interface BucketConfig {
    name: string;
    configs?: Buffer[];
  }
  interface S3rverOptions {
    port?: number;
    address?: string;
    silent?: boolean;
    directory: string;
    configureBuckets?: BucketConfig[];
    resetOnClose?: boolean;
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}
