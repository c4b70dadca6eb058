// PLACEHOLDER — being built now; replaced before this lands.
export function PublishPage() {
  return <div className="page"><h1>PublishPage</h1></div>;
}
