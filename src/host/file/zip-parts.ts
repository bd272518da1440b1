/** PackageParts over a zip archive (JSZip, loaded when first needed): read a few parts, write, get the bytes back. */
import type JSZip from 'jszip';
import type { PackageParts } from './settings-part';

export interface ZipParts extends PackageParts {
  toBytes(): Promise<Uint8Array>;
}

export async function openZipParts(data: ArrayBuffer | Uint8Array): Promise<ZipParts> {
  const { default: Zip } = await import('jszip');
  const zip: JSZip = await Zip.loadAsync(data);
  return {
    paths: () => Object.keys(zip.files).filter((path) => !zip.files[path].dir),
    read: async (path) => zip.file(path)?.async('string'),
    write: (path, text) => void zip.file(path, text),
    remove: (path) => void zip.remove(path),
    toBytes: () => zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }),
  };
}
