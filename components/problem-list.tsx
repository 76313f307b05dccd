/**
 * Why something was refused, in plain words: a bold sentence, then one line per problem. The
 * settings page's import and the studio (a file it cannot open, a pack the loader refuses) say
 * it the same way.
 */
export function ProblemList({ title, problems }: { title: string; problems: readonly string[] }) {
  return (
    <>
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </>
  );
}
