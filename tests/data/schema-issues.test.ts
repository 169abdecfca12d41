import { describe, expect, it } from 'vitest';
import { FuzzyDateSchema, IdSchema } from '../../src/data/schema';
import { problemsFromIssues } from '../../src/data/schema-issues';

/** The problems a schema finds in `value`, as the problems panel and the editor word them (by code). */
const problemsOf = (schema: typeof IdSchema | typeof FuzzyDateSchema, value: unknown) => problemsFromIssues('data/x.json', 'r', schema.safeParse(value).error!.issues, schema);

describe(problemsFromIssues, () => {
  it('gives an id that is not hand-typable a code, so the screen words it in its language', () => {
    expect(problemsOf(IdSchema, 'Bad Id')).toEqual([{ file: 'data/x.json', recordId: 'r', field: '', message: 'must be lowercase letters, digits and single hyphens, e.g. "catl-cecep-2025"', code: 'badId', values: { example: 'catl-cecep-2025' } }]);
  });

  it('gives a date written in another form a code, with the form its precision asks for', () => {
    const [problem] = problemsOf(FuzzyDateSchema, { value: '12/03/2025', precision: 'day', basis: 'stated' });
    expect(problem).toMatchObject({ field: 'value', message: 'must look like "2020-11-30" for precision "day"', code: 'dateForm', values: { example: '2020-11-30', precision: 'day' } });
  });
});
