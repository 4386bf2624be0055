/**
 * Common English words: never discovered as concepts, never typo-corrected into one (`later` is not a
 * misspelt `layer`). Lower case.
 *
 * @example
 * COMMON_ENGLISH_WORDS.has('later'); // true
 */
export const COMMON_ENGLISH_WORDS: ReadonlySet<string> = new Set(
  `a about above across after again against all almost along already also although always am among an and
another any anyone anything are around as ask asked at away back be became because become becomes been
before began begin behind being below best better between both bring but by call called can cannot case
cause change changed check clear close come comes common could course data day default did different do
does doing done down during each early easy either else end enough entire etc even ever every example
except fact far few file files find first following for form found four from full further get gets give
given go goes going good got great had has have having he help her here high him his how however i if
important in inside instead into is issue it its itself just keep kind know known large last later least
less let like likely line little local long look looks made main make makes making many may maybe me
mean means might more most much must my name need needs never new next no none nor not note notes nothing
now number of off often old on once one only open or order other others our out output over own part
people per place point possible put quite rather read real really right run runs same say second see seem
set several shall she should show shown side simple since small so some something sometimes soon still
such sure take taken than that the their them then there these they thing things think this those though
three through thus time to today together too top two type under until up upon us use used uses using
usually value very via want was way ways we well were what when where whether which while who whole why
will with within without work works would yes yet you your above below again example examples first
second third however therefore otherwise maybe basically actually simply quickly usually generally
following previous finally also both either neither whose whom whatever whenever wherever section chapter
todo fixme note notes tip tips warning info details summary overview introduction conclusion question
questions answer answers`.split(/\s+/),
);
