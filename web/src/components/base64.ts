// An uploaded file as base64, the way JSON upload bodies carry it (number lists, hire lists).
export async function fileToBase64(file: Blob): Promise<string> {
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as string)
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })
  return url.slice(url.indexOf(',') + 1)
}
