import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

type EngineModule = typeof import('@prisma/schema-engine-wasm');

// Node 20's type definitions leave out the WebAssembly global; this is the part used here.
interface WasmRuntime {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const { WebAssembly: wasmRuntime } = globalThis as unknown as { WebAssembly: WasmRuntime };

let loading: Promise<EngineModule> | undefined;

/**
 * Prisma's schema engine (migrations, diffs) compiled to WebAssembly, so migrations run without the native engine
 * binary that the Prisma CLI downloads. The package's entry imports the .wasm as an ES module, which Node 20
 * refuses, so the bindings module is loaded and the wasm instantiated by hand.
 */
function loadEngineModule(): Promise<EngineModule> {
  loading ??= (async () => {
    const bindingsPath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bindings = (await import(pathToFileURL(bindingsPath).href)) as EngineModule & {
      __wbg_set_wasm(exports: Record<string, unknown>): void;
    };
    const bytes = await readFile(path.join(path.dirname(bindingsPath), 'schema_engine_bg.wasm'));
    const imports: Record<string, unknown> = { ...bindings };
    // The engine races database calls against timers (the 10 s advisory-lock timeout) and never clears them;
    // unref them so a finished migration does not keep the process alive.
    for (const name of Object.keys(imports).filter((key) => key.startsWith('__wbg_setTimeout_'))) {
      const setTimer = imports[name] as (...args: unknown[]) => { unref?(): unknown } | undefined;
      imports[name] = (...args: unknown[]) => {
        const timer = setTimer(...args);
        timer?.unref?.();
        return timer;
      };
    }
    const { instance } = await wasmRuntime.instantiate(bytes, { './schema_engine_bg.js': imports });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return loading;
}

export async function openSchemaEngine(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  schema: { path: string; content: string },
  log: (message: string) => void = () => {},
): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadEngineModule();
  return SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    (message: string) => log(message),
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
}
