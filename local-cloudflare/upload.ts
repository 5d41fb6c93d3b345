// A Worker upload (`multipart/form-data`: a `metadata` part plus one part per module), as
// `wrangler deploy` and `versions upload` send it. Parsed by the platform's own FormData parser.
import { gzipSync } from 'node:zlib';
import { ApiError, CODES } from './envelope.ts';
import type { Binding, ModuleType, VersionDraft, WorkerModule, WorkersPlan } from './state.ts';

/** Cloudflare's Worker size limits, gzip-compressed modules (source maps not counted), in MiB. */
const SIZE_LIMIT_MIB: Record<WorkersPlan, number> = { free: 3, paid: 10 };
const UNCOMPRESSED_LIMIT_MIB = 64;

export const MODULE_TYPES: Record<string, ModuleType> = {
  'application/javascript+module': 'ESModule',
  'text/javascript+module': 'ESModule',
  'application/javascript': 'CommonJS',
  'text/javascript': 'CommonJS',
  'text/plain': 'Text',
  'application/octet-stream': 'Data',
  'application/wasm': 'CompiledWasm',
};

interface UploadMetadata {
  main_module?: string;
  body_part?: string;
  bindings?: Binding[];
  keep_bindings?: string[];
  compatibility_date?: string;
  compatibility_flags?: string[];
  annotations?: Record<string, string>;
}

export async function parseUpload(
  body: Buffer,
  contentType: string | undefined,
  plan: WorkersPlan = 'free',
): Promise<VersionDraft> {
  if (!contentType?.startsWith('multipart/form-data')) {
    throw new ApiError(400, CODES.badRequest, 'A Worker upload must be multipart/form-data.');
  }
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  } catch (error) {
    throw new ApiError(400, CODES.badRequest, `The multipart upload could not be parsed: ${(error as Error).message}`);
  }
  const metadataPart = form.get('metadata');
  if (metadataPart === null) throw new ApiError(400, CODES.badRequest, 'The upload has no "metadata" part.');
  let metadata: UploadMetadata;
  try {
    metadata = JSON.parse(
      typeof metadataPart === 'string' ? metadataPart : await metadataPart.text(),
    ) as UploadMetadata;
  } catch {
    throw new ApiError(400, CODES.badRequest, 'The "metadata" part is not JSON.');
  }
  if (metadata.body_part && !metadata.main_module) {
    throw new ApiError(
      400,
      CODES.badRequest,
      'The local Cloudflare serves module Workers only (main_module); service-worker syntax (body_part) is not supported.',
    );
  }
  const mainModule = metadata.main_module;
  if (!mainModule) throw new ApiError(400, CODES.badRequest, 'The metadata has no main_module.');

  const modules: WorkerModule[] = [];
  for (const [name, part] of form.entries()) {
    if (name === 'metadata' || typeof part === 'string') continue;
    const mediaType = part.type.split(';')[0]?.trim() ?? '';
    const type = MODULE_TYPES[mediaType];
    if (!type) continue; // source maps and other attachments are not modules
    modules.push({ name, type, content: new Uint8Array(await part.arrayBuffer()) });
  }
  refuseOverSize(modules, plan);
  const main = modules.find((m) => m.name === mainModule);
  if (!main)
    throw new ApiError(400, CODES.badRequest, `The main module "${mainModule}" is not among the uploaded parts.`);
  // workerd takes the first module as the entry point.
  modules.splice(modules.indexOf(main), 1);
  modules.unshift(main);

  return {
    mainModule,
    modules,
    bindings: metadata.bindings ?? [],
    keepBindings: metadata.keep_bindings,
    compatibilityDate: metadata.compatibility_date,
    compatibilityFlags: metadata.compatibility_flags,
    annotations: metadata.annotations,
  };
}

/** The media type an uploaded module of this type came with (the first of MODULE_TYPES that maps to it). */
export function mediaTypeOf(type: ModuleType): string {
  return Object.entries(MODULE_TYPES).find(([, t]) => t === type)?.[0] ?? 'application/octet-stream';
}

/** Cloudflare's refusal of an upload over the size limit: code 10027, with its own text. */
function refuseOverSize(modules: readonly WorkerModule[], plan: WorkersPlan): void {
  const joined = Buffer.concat(modules.map((m) => m.content));
  const mib = 1024 * 1024;
  const tooLarge = (bytes: number, limitMib: number) => bytes > limitMib * mib;
  const limit = tooLarge(joined.length, UNCOMPRESSED_LIMIT_MIB)
    ? UNCOMPRESSED_LIMIT_MIB
    : tooLarge(gzipSync(joined).length, SIZE_LIMIT_MIB[plan])
      ? SIZE_LIMIT_MIB[plan]
      : undefined;
  if (limit === undefined) return;
  const upgrade =
    plan === 'free' && limit === SIZE_LIMIT_MIB.free
      ? ' Please upgrade to a paid plan to deploy Workers up to 10 MiB.'
      : '';
  const docs = 'https://developers.cloudflare.com/workers/observability/errors/#errors-on-worker-upload';
  const refer = `Refer to the Workers documentation (${docs}) for more details.`;
  const message = `Your Worker exceeded the size limit of ${limit} MiB.${upgrade} ${refer}`;
  throw new ApiError(400, CODES.scriptTooLarge, message);
}
