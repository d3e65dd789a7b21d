// `interviews`: every interview of the season as a Markdown table, soonest first.
import { cell, notOnThisList, table } from "../io/markdown.js";
import { INTERVIEW_KINDS, KINDS } from "../content/interview-kinds.js";
import { kindLabel, type Interview, type InterviewStatus } from "./interview.js";
import { startsWhen } from "./your-clock.js";

export interface InterviewRow {
  interview: Interview;
  file: string;
  status: InterviewStatus;
  next: string;
  /** Its start on the user's clock, when that reads otherwise than the interview's zone (see onYourClock). */
  yourTime?: string;
}

/**
 * The list as a Markdown document. `unreadable`: interview notes that could not be read (as
 * shown), said in the document itself, which is often saved or piped without the warning.
 */
export function renderInterviewList(rows: readonly InterviewRow[], today: string, unreadable: readonly string[] = []): string {
  const count = (status: InterviewStatus) => rows.filter((r) => r.status === status).length;
  // An interview is started only for the hours between its start and the end of its day: counted
  // then, and not said as "0 started" the rest of the season.
  const started = count("started") ? ` ${count("started")} started,` : "";
  const summary = `${counted(rows.map((r) => r.interview))}: ${count("scheduled")} scheduled,${started} ${count("done")} done, ${count("reviewed")} reviewed, ${count("withdrawn")} withdrawn (as of ${today}).`;
  const body = table(
    ["Date", "Program", "Kind", "Status", "Next step"],
    rows.map(({ interview: i, status, next, yourTime }) => [
      `${i.date}${i.time ? ` ${i.time} ${i.tz}` : ""}${yourTime ? `, ${yourTime} your time` : ""} (${startsWhen(i, today, yourTime)})`,
      cell(i.program),
      cell(kindLabel(i)),
      status,
      cell(next),
    ]),
  );
  const missing = unreadable.length ? `\n\n${notOnThisList(unreadable, "interview note", "list again")}` : "";
  return `# Interviews\n\n${summary}${missing}\n\n${body}\n`;
}

/** "3 interviews", "2 interviews and 1 networking event": the season counted by what each is. */
function counted(interviews: readonly Pick<Interview, "kind">[]): string {
  const nouns = [...new Set(INTERVIEW_KINDS.map((kind) => KINDS[kind].noun))];
  const counts = nouns.map((noun) => [noun, interviews.filter((i) => KINDS[i.kind].noun === noun).length] as const).filter(([, n]) => n > 0);
  if (counts.length === 0) return "0 interviews";
  return counts.map(([noun, n]) => `${n} ${noun}${n === 1 ? "" : "s"}`).join(" and ");
}
