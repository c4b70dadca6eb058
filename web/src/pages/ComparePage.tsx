// PLACEHOLDER — being built now; replaced before this lands.
export function ComparePage() {
  return <div className="page"><h1>ComparePage</h1></div>;
}
