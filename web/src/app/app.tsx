export function App() {
  return <p>總務維運服務</p>;
}
