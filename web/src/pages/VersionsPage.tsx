// PLACEHOLDER — being built now; replaced before this lands.
export function VersionsPage() {
  return <div className="page"><h1>VersionsPage</h1></div>;
}
