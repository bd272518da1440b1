/** PackageParts over a zip archive (JSZip, loaded when first needed): read a few parts, write, get the bytes back. */
import type JSZip from 'jszip';
import type { PackageParts } from './settings-part';

/** Settings, relationships and content types are small; a larger part is treated as absent. */
const MAX_PART_BYTES = 4 * 1024 * 1024;

export interface ZipParts extends PackageParts {
  toBytes(): Promise<Uint8Array>;
}

export async function openZipParts(data: ArrayBuffer | Uint8Array): Promise<ZipParts> {
  const { default: Zip } = await import('jszip');
  const zip: JSZip = await Zip.loadAsync(data);
  return {
    paths: () => Object.keys(zip.files).filter((path) => !zip.files[path].dir),
    read: async (path) => {
      const file = zip.file(path);
      // The size the archive declares, read before inflating: a part past the cap is not opened.
      const size = (file as unknown as { _data?: { uncompressedSize?: number } } | null)?._data?.uncompressedSize;
      return file && !(size !== undefined && size > MAX_PART_BYTES) ? file.async('string') : undefined;
    },
    write: (path, text) => void zip.file(path, text),
    remove: (path) => void zip.remove(path),
    toBytes: () => zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }),
  };
}
