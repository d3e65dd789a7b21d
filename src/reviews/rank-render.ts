// The rank-order list as a document: Markdown (default), CSV or JSON, always to stdout.
import { inline, longDate, notOnThisList, table } from "../io/markdown.js";
import type { PlaceKind } from "../content/interview-kinds.js";
import type { Ranked, RankList } from "./score.js";

/** The NRMP's ceiling on the number of programs in one rank-order list. */
export const MAX_RANKED = 300;

export interface RankDocument {
  asOf: Date;
  lists: RankList[];
  /** Reviews read, including deal-breakers (not drafts or broken files). */
  reviewCount: number;
  /** Review files that could not be read, so are not on the list (their problems are warned of). */
  unreadable?: string[];
  /** Programs whose review is still a draft, so not on the list; left out when none. */
  drafts?: string[];
  /** Programs reviewed but withdrawn from (`interviews cancel`), with the day: never ranked, as a match is binding; left out when none. */
  withdrawn?: { program: string; on: string }[];
  /** Reviews of networking events, read but never ranked; left out when none. */
  eventsLeftOut?: number;
}

const KIND_TITLE: Record<PlaceKind, string> = { residency: "Residency programs", job: "Jobs" };

export function rankLabel(rank: number, tied: boolean): string {
  return `${rank}${tied ? "=" : ""}`;
}

export function rangeLabel([low, high]: readonly [number, number]): string {
  return low === high ? String(low) : `${low}–${high}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

export function reminders(kind: PlaceKind): string[] {
  return kind === "residency"
    ? [
        "Rank by true preference, not by your guess of your chances: the match favours your order, so a long shot you want belongs at the top.",
        "Rank only programs you would attend: a match is binding.",
        `At most ${MAX_RANKED} programs fit on one rank-order list.`,
      ]
    : [
        "Rank by what you want, not by which offer seems likeliest.",
        "Rank only places you would accept if they said yes tomorrow.",
      ];
}

/** Would you rather be left with nothing than go there? The question that makes a deal-breaker real. */
export function dealBreakerQuestion(kind: PlaceKind): string {
  return kind === "residency" ? "Would you rather go unmatched than train there?" : "Would you rather keep looking than work there?";
}

export function lookAgainLine(entry: Ranked): string {
  const byScore = `${entry.tied ? "tied " : ""}${ordinal(entry.rank)} by score`;
  const byGut = `${entry.gutTied ? "tied " : ""}${ordinal(entry.gutRank)} by gut`;
  return `${entry.program} is ${byScore} but ${byGut}. Look again: what does your gut know that the scores miss, or what do the scores see that your gut does not?`;
}

export function renderMarkdown(doc: RankDocument): string {
  const out: string[] = ["# Rank-order list", ""];
  const events = doc.eventsLeftOut ? `; ${doc.eventsLeftOut} networking event${doc.eventsLeftOut === 1 ? " is" : "s are"} not ranked` : "";
  out.push(`As of ${longDate(doc.asOf)}, from ${doc.reviewCount} review${doc.reviewCount === 1 ? "" : "s"}${events}.`, "");
  // Said in the document too: a list saved to a file must not pass for whole without them.
  const unreadable = doc.unreadable ?? [];
  if (unreadable.length) out.push(notOnThisList(unreadable, "review", "rank again"), "");
  const drafts = doc.drafts ?? [];
  if (drafts.length) {
    const finish = drafts.map((p) => `\`interview-coach review "${p.replace(/`/g, "'")}"\``).join(", ");
    out.push(`**Not on this list: ${drafts.length === 1 ? "a draft review" : `${drafts.length} draft reviews`}** (${drafts.map(inline).join(", ")}): finish ${drafts.length === 1 ? "it" : "them"} with ${finish}, then rank again.`, "");
  }
  const withdrawn = doc.withdrawn ?? [];
  if (withdrawn.length) out.push(`**Not on this list: ${withdrawn.length === 1 ? "a program" : `${withdrawn.length} programs`} withdrawn from** (${withdrawn.map((w) => `${inline(w.program)}, on ${w.on}`).join("; ")}).`, "");
  for (const list of doc.lists) {
    out.push(`## ${KIND_TITLE[list.kind]}`, "");
    out.push(`Weights: ${list.criteria.map((c) => `${c.id} ${c.weight}`).join(" · ")}`, "");
    if (list.ranked.length) {
      const rows = list.ranked.map((r) => [
        rankLabel(r.rank, r.tied),
        inline(r.program),
        String(r.score),
        `${r.gut}/5`,
        rankLabel(r.gutRank, r.gutTied),
        rangeLabel(r.range),
      ]);
      out.push(table(["Rank", "Program", "Score", "Gut", "Gut rank", "Rank if one weight moves ±1"], rows), "");
      out.push("Score: the weighted mean of your scores, 0 to 100. A tie (=) is a tie: your call decides it.", "");
      // Said in the document too: a score on fewer criteria than the others' is not like for like.
      for (const r of list.ranked.filter((entry) => entry.unscored.length)) out.push(`${inline(r.program)} has no score for ${r.unscored.join(", ")}: it is ranked on the rest.`, "");
    } else {
      out.push("Nothing left to rank here.", "");
    }
    const lookAgain = list.ranked.filter((r) => r.lookAgain);
    if (lookAgain.length) out.push("### Look again", "", ...lookAgain.map((r) => `- ${inline(lookAgainLine(r))}`), "");
    if (list.dealBreakers.length) {
      out.push("### Left off: deal-breakers", "", `${dealBreakerQuestion(list.kind)} If not, it is not a deal-breaker: run \`interview-coach review "<program>"\`, answer no, and it comes back to the list.`, "");
      for (const d of list.dealBreakers) out.push(`- ${inline(d.program)}: ${d.dealBreakers.map(inline).join("; ")}`);
      out.push("");
    }
    if (list.kind === "residency" && list.ranked.length > MAX_RANKED) {
      out.push(`**${list.ranked.length} programs: more than the ${MAX_RANKED} a rank-order list can hold.**`, "");
    }
    out.push("### Reminders", "", ...reminders(list.kind).map((r) => `- ${r}`), "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** RFC 4180: quote a field when it holds a comma, quote or line break; double inner quotes. */
export function csvField(value: string | number | boolean | undefined): string {
  const text = value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(doc: RankDocument): string {
  const header = ["kind", "rank", "tied", "program", "score", "gut", "gut_rank", "gut_tied", "rank_low", "rank_high", "look_again", "deal_breakers", "file"];
  const rows: (string | number | boolean | undefined)[][] = [];
  for (const list of doc.lists) {
    for (const r of list.ranked) {
      rows.push([list.kind, r.rank, r.tied, r.program, r.score, r.gut, r.gutRank, r.gutTied, r.range[0], r.range[1], r.lookAgain, "", r.file]);
    }
    // Listed apart: after the ranked rows, with no rank.
    for (const d of list.dealBreakers) rows.push([list.kind, undefined, undefined, d.program, d.score, d.gut, undefined, undefined, undefined, undefined, undefined, d.dealBreakers.join("; "), d.file]);
  }
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function renderJson(doc: RankDocument, asOfDay: string): string {
  return `${JSON.stringify(
    {
      asOf: asOfDay,
      reviews: doc.reviewCount,
      ...(doc.unreadable?.length ? { unreadable: doc.unreadable } : {}),
      ...(doc.drafts?.length ? { drafts: doc.drafts } : {}),
      ...(doc.withdrawn?.length ? { withdrawn: doc.withdrawn } : {}),
      lists: doc.lists.map((list) => ({
        kind: list.kind,
        weights: Object.fromEntries(list.criteria.map((c) => [c.id, c.weight])),
        ranked: list.ranked.map((r) => ({
          rank: r.rank,
          tied: r.tied,
          program: r.program,
          score: r.score,
          gut: r.gut,
          gutRank: r.gutRank,
          gutTied: r.gutTied,
          rankRange: r.range,
          lookAgain: r.lookAgain,
          ...(r.unscored.length ? { unscored: r.unscored } : {}),
          file: r.file,
        })),
        dealBreakers: list.dealBreakers.map((d) => ({ program: d.program, score: d.score ?? null, gut: d.gut, dealBreakers: d.dealBreakers, file: d.file })),
        reminders: reminders(list.kind),
      })),
    },
    null,
    2,
  )}\n`;
}
