// PLACEHOLDER — being built now; replaced before this lands.
export function NewSchoolPage() {
  return <div className="page"><h1>NewSchoolPage</h1></div>;
}
