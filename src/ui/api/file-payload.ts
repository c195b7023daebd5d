/** A File as the API's `{ name, dataBase64 }` (chunked: String.fromCharCode on a whole file overflows the stack). */
export async function filePayload(file: File): Promise<{ name: string; dataBase64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, dataBase64: btoa(binary) };
}
