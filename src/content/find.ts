// Looking content up by id: "did you mean" when nothing matches (exit 66), and the problem of
// the file when the id is that of a file skipped as broken (exit 65).
import { ContentError, NotFoundError, type CoachError, type ContentIssue } from "../io/errors.js";
import { didYouMean } from "../io/suggest.js";
import type { Catalog } from "./catalog.js";
import { contentIdOf, type Checklist, type Deck, type Loaded } from "./types.js";

function notFound(what: string, id: string, known: Iterable<string>, listCommand: string, skipped: readonly ContentIssue[]): CoachError {
  // A file of that name was skipped as broken: that is why there is no such id (exit 65, as validate).
  const broken = skipped.find((issue) => contentIdOf(issue.file) === id);
  if (!broken) return notKnown(what, id, known, listCommand);
  const after = /[.?!]$/.test(broken.message) ? " So the" : "; so the";
  return new ContentError([{ ...broken, message: `${broken.message}${after} ${what} '${id}' could not be read (interview-coach validate ${broken.file} lists every problem)` }]);
}

function notKnown(what: string, id: string, known: Iterable<string>, listCommand: string): NotFoundError {
  const ids = [...new Set(known)];
  // Nothing close: the full list is short, and more use than a far-fetched guess.
  const hint = didYouMean(id, ids) || (ids.length ? ` Known ids: ${ids.join(", ")}.` : "");
  return new NotFoundError(`no ${what} named '${id}'.${hint} See \`interview-coach list${listCommand ? ` ${listCommand}` : ""}\`.`);
}

/**
 * The entry of `id`, or else of the one id that differs from it only in case ("Residency"): ids
 * are typed as often as names of programs, which match in any case too.
 */
function byId<T>(entries: ReadonlyMap<string, T>, id: string): T | undefined {
  const exact = entries.get(id);
  if (exact) return exact;
  const folded = [...entries.keys()].filter((key) => key.toLowerCase() === id.toLowerCase());
  return folded.length === 1 ? entries.get(folded[0]!) : undefined;
}

export function findDeck(catalog: Catalog, id: string): Loaded<Deck> {
  const bare = id.replace(/^decks?\//, "");
  const deck = byId(catalog.decks, bare);
  if (deck) return deck;
  throw notFound("deck", bare, catalog.decks.keys(), "decks", catalog.issues);
}

export function findChecklist(catalog: Catalog, id: string): Loaded<Checklist> {
  const bare = id.replace(/^checklists?\//, "");
  const checklist = byId(catalog.checklists, bare);
  if (checklist) return checklist;
  throw notFound("checklist", bare, catalog.checklists.keys(), "checklists", catalog.issues);
}

/** A deck or checklist: `deck/x` and `checklist/x` choose when an id names both. */
export function findAny(catalog: Catalog, id: string): { item: Loaded<Deck> | Loaded<Checklist>; alsoChecklist: boolean } {
  if (/^checklists?\//.test(id)) return { item: findChecklist(catalog, id), alsoChecklist: false };
  if (/^decks?\//.test(id)) return { item: findDeck(catalog, id), alsoChecklist: false };
  const deck = byId(catalog.decks, id);
  const checklist = byId(catalog.checklists, id);
  if (deck) return { item: deck, alsoChecklist: checklist !== undefined };
  if (checklist) return { item: checklist, alsoChecklist: false };
  throw notFound("deck or checklist", id, [...catalog.decks.keys(), ...catalog.checklists.keys()], "", catalog.issues);
}
