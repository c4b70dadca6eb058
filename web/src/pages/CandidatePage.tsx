// PLACEHOLDER — being built now; replaced before this lands.
export function CandidatePage() {
  return <div className="page"><h1>CandidatePage</h1></div>;
}
