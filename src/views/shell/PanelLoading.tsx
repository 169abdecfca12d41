/** Shown while a panel's code chunk loads (a fraction of a second, from the same origin). */
export function PanelLoading({ name }: { name: string }) {
  return (
    <div className="panel panel-loading" role="status">
      Loading the {name}…
    </div>
  );
}
