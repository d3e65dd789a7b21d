// `interviews`: every interview of the season as a Markdown table, soonest first.
import { cell, notOnThisList, table } from "../io/markdown.js";
import type { Interview, InterviewStatus } from "./interview.js";
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
  const summary = `${rows.length} interview${rows.length === 1 ? "" : "s"}: ${count("scheduled")} scheduled, ${count("done")} done, ${count("reviewed")} reviewed, ${count("withdrawn")} withdrawn (as of ${today}).`;
  const body = table(
    ["Date", "Program", "Kind", "Status", "Next step"],
    rows.map(({ interview: i, status, next, yourTime }) => [
      `${i.date}${i.time ? ` ${i.time} ${i.tz}` : ""}${yourTime ? `, ${yourTime} your time` : ""} (${startsWhen(i, today, yourTime)})`,
      cell(i.program),
      cell(i.specialty ? `${i.kind}: ${i.specialty}` : i.kind),
      status,
      cell(next),
    ]),
  );
  const missing = unreadable.length ? `\n\n${notOnThisList(unreadable, "interview note", "list again")}` : "";
  return `# Interviews\n\n${summary}${missing}\n\n${body}\n`;
}
