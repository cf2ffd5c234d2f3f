const globals = globalThis as typeof globalThis & { __faultsTeardown?: () => Promise<void> };

export default async function globalTeardown(): Promise<void> {
  await globals.__faultsTeardown?.();
}
