// PLACEHOLDER — being built now; replaced before this lands.
export function PrintPage() {
  return <div className="page"><h1>PrintPage</h1></div>;
}
