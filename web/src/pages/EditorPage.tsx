// PLACEHOLDER — being built now; replaced before this lands.
export function EditorPage() {
  return <div className="page"><h1>EditorPage</h1></div>;
}
